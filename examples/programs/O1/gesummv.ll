; ModuleID = 'gesummv.c'
source_filename = "gesummv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"y %.12e tmp[7] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(2000000) ptr @malloc(i64 noundef 2000000) #6
  %2 = tail call noalias dereferenceable_or_null(2000000) ptr @malloc(i64 noundef 2000000) #6
  %3 = tail call noalias dereferenceable_or_null(4000) ptr @malloc(i64 noundef 4000) #6
  %4 = tail call noalias dereferenceable_or_null(4000) ptr @malloc(i64 noundef 4000) #6
  %5 = tail call noalias dereferenceable_or_null(4000) ptr @malloc(i64 noundef 4000) #6
  br label %7

6:                                                ; preds = %15
  tail call fastcc void @kernel_gesummv(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  br label %39

7:                                                ; preds = %0, %15
  %8 = phi i64 [ 0, %0 ], [ %16, %15 ]
  %9 = trunc nuw nsw i64 %8 to i32
  %10 = uitofp nneg i32 %9 to double
  %11 = fdiv double %10, 5.000000e+02
  %12 = getelementptr inbounds nuw double, ptr %4, i64 %8
  store double %11, ptr %12, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %8
  %14 = getelementptr inbounds nuw [500 x double], ptr %2, i64 %8
  br label %18

15:                                               ; preds = %18
  %16 = add nuw nsw i64 %8, 1
  %17 = icmp eq i64 %16, 500
  br i1 %17, label %6, label %7, !llvm.loop !11

18:                                               ; preds = %7, %18
  %19 = phi i64 [ 0, %7 ], [ %33, %18 ]
  %20 = mul nuw nsw i64 %19, %8
  %21 = trunc i64 %20 to i32
  %22 = add i32 %21, 1
  %23 = urem i32 %22, 500
  %24 = uitofp nneg i32 %23 to double
  %25 = fdiv double %24, 5.000000e+02
  %26 = getelementptr inbounds nuw double, ptr %13, i64 %19
  store double %25, ptr %26, align 8, !tbaa !9
  %27 = trunc i64 %20 to i32
  %28 = add i32 %27, 2
  %29 = urem i32 %28, 500
  %30 = uitofp nneg i32 %29 to double
  %31 = fdiv double %30, 5.000000e+02
  %32 = getelementptr inbounds nuw double, ptr %14, i64 %19
  store double %31, ptr %32, align 8, !tbaa !9
  %33 = add nuw nsw i64 %19, 1
  %34 = icmp eq i64 %33, 500
  br i1 %34, label %15, label %18, !llvm.loop !14

35:                                               ; preds = %39
  %36 = getelementptr inbounds nuw i8, ptr %3, i64 56
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %44, double noundef %37)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  tail call void @free(ptr noundef %4) #7
  tail call void @free(ptr noundef %5) #7
  ret i32 0

39:                                               ; preds = %6, %39
  %40 = phi i64 [ 0, %6 ], [ %45, %39 ]
  %41 = phi double [ 0.000000e+00, %6 ], [ %44, %39 ]
  %42 = getelementptr inbounds nuw double, ptr %5, i64 %40
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fadd double %41, %43
  %45 = add nuw nsw i64 %40, 1
  %46 = icmp eq i64 %45, 500
  br i1 %46, label %35, label %39, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_gesummv(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef writeonly captures(none) %4) unnamed_addr #2 {
  br label %6

6:                                                ; preds = %5, %11
  %7 = phi i64 [ 0, %5 ], [ %16, %11 ]
  %8 = getelementptr inbounds nuw [500 x double], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %7
  br label %18

10:                                               ; preds = %11
  ret void

11:                                               ; preds = %18
  %12 = getelementptr inbounds nuw double, ptr %2, i64 %7
  store double %26, ptr %12, align 8, !tbaa !9
  %13 = fmul double %29, 1.200000e+00
  %14 = tail call double @llvm.fmuladd.f64(double %26, double 1.500000e+00, double %13)
  %15 = getelementptr inbounds nuw double, ptr %4, i64 %7
  store double %14, ptr %15, align 8, !tbaa !9
  %16 = add nuw nsw i64 %7, 1
  %17 = icmp eq i64 %16, 500
  br i1 %17, label %10, label %6, !llvm.loop !16

18:                                               ; preds = %6, %18
  %19 = phi i64 [ 0, %6 ], [ %30, %18 ]
  %20 = phi double [ 0.000000e+00, %6 ], [ %29, %18 ]
  %21 = phi double [ 0.000000e+00, %6 ], [ %26, %18 ]
  %22 = getelementptr inbounds nuw double, ptr %8, i64 %19
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw double, ptr %3, i64 %19
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = tail call double @llvm.fmuladd.f64(double %23, double %25, double %21)
  %27 = getelementptr inbounds nuw double, ptr %9, i64 %19
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %28, double %25, double %20)
  %30 = add nuw nsw i64 %19, 1
  %31 = icmp eq i64 %30, 500
  br i1 %31, label %11, label %18, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

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
