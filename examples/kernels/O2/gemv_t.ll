; ModuleID = 'gemv_t.c'
source_filename = "gemv_t.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemv_t(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %41

7:                                                ; preds = %5
  %8 = icmp sgt i32 %1, 0
  %9 = zext i32 %1 to i64
  %10 = zext nneg i32 %0 to i64
  %11 = icmp ult i32 %1, 4
  %12 = and i64 %9, 2147483644
  %13 = icmp eq i64 %12, %9
  br label %14

14:                                               ; preds = %7, %42
  %15 = phi i64 [ 0, %7 ], [ %43, %42 ]
  br i1 %8, label %16, label %42

16:                                               ; preds = %14
  %17 = mul nuw nsw i64 %15, %9
  %18 = getelementptr inbounds nuw double, ptr %3, i64 %15
  %19 = load double, ptr %18, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw double, ptr %2, i64 %17
  br i1 %11, label %39, label %21

21:                                               ; preds = %16
  %22 = insertelement <2 x double> poison, double %19, i64 0
  %23 = shufflevector <2 x double> %22, <2 x double> poison, <2 x i32> zeroinitializer
  br label %24

24:                                               ; preds = %24, %21
  %25 = phi i64 [ 0, %21 ], [ %36, %24 ]
  %26 = getelementptr inbounds nuw double, ptr %20, i64 %25
  %27 = getelementptr inbounds nuw i8, ptr %26, i64 16
  %28 = load <2 x double>, ptr %26, align 8, !tbaa !9
  %29 = load <2 x double>, ptr %27, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw double, ptr %4, i64 %25
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 16
  %32 = load <2 x double>, ptr %30, align 8, !tbaa !9
  %33 = load <2 x double>, ptr %31, align 8, !tbaa !9
  %34 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %28, <2 x double> %23, <2 x double> %32)
  %35 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %29, <2 x double> %23, <2 x double> %33)
  store <2 x double> %34, ptr %30, align 8, !tbaa !9
  store <2 x double> %35, ptr %31, align 8, !tbaa !9
  %36 = add nuw i64 %25, 4
  %37 = icmp eq i64 %36, %12
  br i1 %37, label %38, label %24, !llvm.loop !11

38:                                               ; preds = %24
  br i1 %13, label %42, label %39

39:                                               ; preds = %16, %38
  %40 = phi i64 [ 0, %16 ], [ %12, %38 ]
  br label %45

41:                                               ; preds = %42, %5
  ret void

42:                                               ; preds = %45, %38, %14
  %43 = add nuw nsw i64 %15, 1
  %44 = icmp eq i64 %43, %10
  br i1 %44, label %41, label %14, !llvm.loop !15

45:                                               ; preds = %39, %45
  %46 = phi i64 [ %52, %45 ], [ %40, %39 ]
  %47 = getelementptr inbounds nuw double, ptr %20, i64 %46
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = getelementptr inbounds nuw double, ptr %4, i64 %46
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = tail call double @llvm.fmuladd.f64(double %48, double %19, double %50)
  store double %51, ptr %49, align 8, !tbaa !9
  %52 = add nuw nsw i64 %46, 1
  %53 = icmp eq i64 %52, %9
  br i1 %53, label %42, label %45, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12, !14, !13}
