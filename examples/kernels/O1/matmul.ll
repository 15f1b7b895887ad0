; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @matmul(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %12

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  br label %8

8:                                                ; preds = %6, %16
  %9 = phi i64 [ 0, %6 ], [ %17, %16 ]
  %10 = getelementptr inbounds nuw [64 x float], ptr %1, i64 %9
  %11 = getelementptr inbounds nuw [48 x float], ptr %3, i64 %9
  br label %13

12:                                               ; preds = %16, %4
  ret void

13:                                               ; preds = %8, %19
  %14 = phi i64 [ 0, %8 ], [ %21, %19 ]
  %15 = getelementptr inbounds nuw float, ptr %2, i64 %14
  br label %23

16:                                               ; preds = %19
  %17 = add nuw nsw i64 %9, 1
  %18 = icmp eq i64 %17, %7
  br i1 %18, label %12, label %8, !llvm.loop !9

19:                                               ; preds = %23
  %20 = getelementptr inbounds nuw float, ptr %11, i64 %14
  store float %30, ptr %20, align 4, !tbaa !12
  %21 = add nuw nsw i64 %14, 1
  %22 = icmp eq i64 %21, 48
  br i1 %22, label %16, label %13, !llvm.loop !14

23:                                               ; preds = %13, %23
  %24 = phi i64 [ 0, %13 ], [ %31, %23 ]
  %25 = phi float [ 0.000000e+00, %13 ], [ %30, %23 ]
  %26 = getelementptr inbounds nuw float, ptr %10, i64 %24
  %27 = load float, ptr %26, align 4, !tbaa !12
  %28 = getelementptr inbounds nuw [48 x float], ptr %15, i64 %24
  %29 = load float, ptr %28, align 4, !tbaa !12
  %30 = tail call float @llvm.fmuladd.f32(float %27, float %29, float %25)
  %31 = add nuw nsw i64 %24, 1
  %32 = icmp eq i64 %31, 64
  br i1 %32, label %19, label %23, !llvm.loop !15
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
!12 = !{!13, !13, i64 0}
!13 = !{!"float", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
