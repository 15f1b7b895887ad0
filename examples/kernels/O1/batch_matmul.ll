; ModuleID = 'batch_matmul.c'
source_filename = "batch_matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @batch_matmul(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %13

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  br label %8

8:                                                ; preds = %6, %18
  %9 = phi i64 [ 0, %6 ], [ %19, %18 ]
  %10 = getelementptr inbounds nuw [16 x [16 x float]], ptr %1, i64 %9
  %11 = getelementptr inbounds nuw [16 x [16 x float]], ptr %2, i64 %9
  %12 = getelementptr inbounds nuw [16 x [16 x float]], ptr %3, i64 %9
  br label %14

13:                                               ; preds = %18, %4
  ret void

14:                                               ; preds = %8, %24
  %15 = phi i64 [ 0, %8 ], [ %25, %24 ]
  %16 = getelementptr inbounds nuw [16 x float], ptr %10, i64 %15
  %17 = getelementptr inbounds nuw [16 x float], ptr %12, i64 %15
  br label %21

18:                                               ; preds = %24
  %19 = add nuw nsw i64 %9, 1
  %20 = icmp eq i64 %19, %7
  br i1 %20, label %13, label %8, !llvm.loop !9

21:                                               ; preds = %14, %27
  %22 = phi i64 [ 0, %14 ], [ %29, %27 ]
  %23 = getelementptr inbounds nuw float, ptr %11, i64 %22
  br label %31

24:                                               ; preds = %27
  %25 = add nuw nsw i64 %15, 1
  %26 = icmp eq i64 %25, 16
  br i1 %26, label %18, label %14, !llvm.loop !12

27:                                               ; preds = %31
  %28 = getelementptr inbounds nuw float, ptr %17, i64 %22
  store float %38, ptr %28, align 4, !tbaa !13
  %29 = add nuw nsw i64 %22, 1
  %30 = icmp eq i64 %29, 16
  br i1 %30, label %24, label %21, !llvm.loop !15

31:                                               ; preds = %21, %31
  %32 = phi i64 [ 0, %21 ], [ %39, %31 ]
  %33 = phi float [ 0.000000e+00, %21 ], [ %38, %31 ]
  %34 = getelementptr inbounds nuw float, ptr %16, i64 %32
  %35 = load float, ptr %34, align 4, !tbaa !13
  %36 = getelementptr inbounds nuw [16 x float], ptr %23, i64 %32
  %37 = load float, ptr %36, align 4, !tbaa !13
  %38 = tail call float @llvm.fmuladd.f32(float %35, float %37, float %33)
  %39 = add nuw nsw i64 %32, 1
  %40 = icmp eq i64 %39, 16
  br i1 %40, label %27, label %31, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"float", !7, i64 0}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
