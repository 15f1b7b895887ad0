; ModuleID = 'atax.c'
source_filename = "atax.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"sum %.12e y[0] %.12e y[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1279200) ptr @malloc(i64 noundef 1279200) #7
  %2 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #7
  %3 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #7
  %4 = tail call noalias dereferenceable_or_null(3120) ptr @malloc(i64 noundef 3120) #7
  br label %5

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %12, %5 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = uitofp nneg i32 %7 to double
  %9 = fdiv double %8, 4.100000e+02
  %10 = fadd double %9, 1.000000e+00
  %11 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = add nuw nsw i64 %6, 1
  %13 = icmp eq i64 %12, 410
  br i1 %13, label %14, label %5, !llvm.loop !11

14:                                               ; preds = %5, %18
  %15 = phi i64 [ %19, %18 ], [ 0, %5 ]
  %16 = getelementptr inbounds nuw [410 x double], ptr %1, i64 %15
  br label %21

17:                                               ; preds = %18
  tail call fastcc void @kernel_atax(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %36

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %15, 1
  %20 = icmp eq i64 %19, 390
  br i1 %20, label %17, label %14, !llvm.loop !14

21:                                               ; preds = %14, %21
  %22 = phi i64 [ 0, %14 ], [ %29, %21 ]
  %23 = add nuw nsw i64 %22, %15
  %24 = trunc nuw nsw i64 %23 to i32
  %25 = urem i32 %24, 410
  %26 = uitofp nneg i32 %25 to double
  %27 = fdiv double %26, 1.950000e+03
  %28 = getelementptr inbounds nuw double, ptr %16, i64 %22
  store double %27, ptr %28, align 8, !tbaa !9
  %29 = add nuw nsw i64 %22, 1
  %30 = icmp eq i64 %29, 410
  br i1 %30, label %18, label %21, !llvm.loop !15

31:                                               ; preds = %36
  %32 = load double, ptr %3, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw i8, ptr %3, i64 3272
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %41, double noundef %32, double noundef %34)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  ret i32 0

36:                                               ; preds = %17, %36
  %37 = phi i64 [ 0, %17 ], [ %42, %36 ]
  %38 = phi double [ 0.000000e+00, %17 ], [ %41, %36 ]
  %39 = getelementptr inbounds nuw double, ptr %3, i64 %37
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = fadd double %38, %40
  %42 = add nuw nsw i64 %37, 1
  %43 = icmp eq i64 %42, 410
  br i1 %43, label %31, label %36, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_atax(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) initializes((0, 3280)) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(3280) %2, i8 0, i64 3280, i1 false), !tbaa !9
  br label %6

5:                                                ; preds = %22
  ret void

6:                                                ; preds = %4, %22
  %7 = phi i64 [ 0, %4 ], [ %23, %22 ]
  %8 = getelementptr inbounds nuw double, ptr %3, i64 %7
  store double 0.000000e+00, ptr %8, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw [410 x double], ptr %0, i64 %7
  br label %12

10:                                               ; preds = %12
  %11 = getelementptr inbounds nuw [410 x double], ptr %0, i64 %7
  br label %25

12:                                               ; preds = %6, %12
  %13 = phi i64 [ 0, %6 ], [ %20, %12 ]
  %14 = phi double [ 0.000000e+00, %6 ], [ %19, %12 ]
  %15 = getelementptr inbounds nuw double, ptr %9, i64 %13
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw double, ptr %1, i64 %13
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = tail call double @llvm.fmuladd.f64(double %16, double %18, double %14)
  store double %19, ptr %8, align 8, !tbaa !9
  %20 = add nuw nsw i64 %13, 1
  %21 = icmp eq i64 %20, 410
  br i1 %21, label %10, label %12, !llvm.loop !17

22:                                               ; preds = %25
  %23 = add nuw nsw i64 %7, 1
  %24 = icmp eq i64 %23, 390
  br i1 %24, label %5, label %6, !llvm.loop !18

25:                                               ; preds = %10, %25
  %26 = phi i64 [ 0, %10 ], [ %33, %25 ]
  %27 = getelementptr inbounds nuw double, ptr %2, i64 %26
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw double, ptr %11, i64 %26
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = load double, ptr %8, align 8, !tbaa !9
  %32 = tail call double @llvm.fmuladd.f64(double %30, double %31, double %28)
  store double %32, ptr %27, align 8, !tbaa !9
  %33 = add nuw nsw i64 %26, 1
  %34 = icmp eq i64 %33, 410
  br i1 %34, label %22, label %25, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!18 = distinct !{!18, !12, !13}
!19 = distinct !{!19, !12, !13}
