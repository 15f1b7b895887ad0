; ModuleID = 'band_matvec.c'
source_filename = "band_matvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"sum %.12e y[0] %.12e y[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(32000000) ptr @malloc(i64 noundef 32000000) #7
  %2 = tail call noalias dereferenceable_or_null(16000) ptr @malloc(i64 noundef 16000) #7
  %3 = tail call noalias dereferenceable_or_null(16000) ptr @malloc(i64 noundef 16000) #7
  br label %5

4:                                                ; preds = %13
  tail call fastcc void @kernel_band_matvec(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %32

5:                                                ; preds = %0, %13
  %6 = phi i64 [ 0, %0 ], [ %14, %13 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = urem i32 %7, 17
  %9 = uitofp nneg i32 %8 to double
  %10 = fdiv double %9, 1.700000e+01
  %11 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw [2000 x double], ptr %1, i64 %6
  br label %16

13:                                               ; preds = %16
  %14 = add nuw nsw i64 %6, 1
  %15 = icmp eq i64 %14, 2000
  br i1 %15, label %4, label %5, !llvm.loop !11

16:                                               ; preds = %5, %16
  %17 = phi i64 [ 0, %5 ], [ %25, %16 ]
  %18 = shl nuw nsw i64 %17, 1
  %19 = add nuw nsw i64 %18, %6
  %20 = trunc nuw nsw i64 %19 to i32
  %21 = urem i32 %20, 23
  %22 = uitofp nneg i32 %21 to double
  %23 = fdiv double %22, 2.300000e+01
  %24 = getelementptr inbounds nuw double, ptr %12, i64 %17
  store double %23, ptr %24, align 8, !tbaa !9
  %25 = add nuw nsw i64 %17, 1
  %26 = icmp eq i64 %25, 2000
  br i1 %26, label %13, label %16, !llvm.loop !14

27:                                               ; preds = %32
  %28 = load double, ptr %3, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw i8, ptr %3, i64 15992
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %37, double noundef %28, double noundef %30)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  ret i32 0

32:                                               ; preds = %4, %32
  %33 = phi i64 [ 0, %4 ], [ %38, %32 ]
  %34 = phi double [ 0.000000e+00, %4 ], [ %37, %32 ]
  %35 = getelementptr inbounds nuw double, ptr %3, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = fadd double %34, %36
  %38 = add nuw nsw i64 %33, 1
  %39 = icmp eq i64 %38, 2000
  br i1 %39, label %27, label %32, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_band_matvec(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2) unnamed_addr #2 {
  br label %5

4:                                                ; preds = %21
  ret void

5:                                                ; preds = %3, %21
  %6 = phi i64 [ 0, %3 ], [ %24, %21 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = tail call i32 @llvm.smax.i32(i32 %7, i32 12)
  %9 = add nsw i32 %8, -12
  %10 = trunc nuw nsw i64 %6 to i32
  %11 = tail call i32 @llvm.umin.i32(i32 %10, i32 1987)
  %12 = add nuw nsw i32 %11, 12
  %13 = icmp sgt i32 %9, %12
  br i1 %13, label %21, label %14

14:                                               ; preds = %5
  %15 = trunc nuw nsw i64 %6 to i32
  %16 = tail call i32 @llvm.smax.i32(i32 %15, i32 12)
  %17 = zext nneg i32 %16 to i64
  %18 = add nsw i64 %17, -12
  %19 = getelementptr inbounds nuw [2000 x double], ptr %0, i64 %6
  %20 = zext nneg i32 %12 to i64
  br label %26

21:                                               ; preds = %26, %5
  %22 = phi double [ 0.000000e+00, %5 ], [ %33, %26 ]
  %23 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double %22, ptr %23, align 8, !tbaa !9
  %24 = add nuw nsw i64 %6, 1
  %25 = icmp eq i64 %24, 2000
  br i1 %25, label %4, label %5, !llvm.loop !16

26:                                               ; preds = %14, %26
  %27 = phi i64 [ %18, %14 ], [ %34, %26 ]
  %28 = phi double [ 0.000000e+00, %14 ], [ %33, %26 ]
  %29 = getelementptr inbounds double, ptr %19, i64 %27
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = getelementptr inbounds double, ptr %1, i64 %27
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = tail call double @llvm.fmuladd.f64(double %30, double %32, double %28)
  %34 = add nuw nsw i64 %27, 1
  %35 = icmp samesign ult i64 %27, %20
  br i1 %35, label %26, label %21, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
