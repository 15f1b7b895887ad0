; ModuleID = 'bias_add.c'
source_filename = "bias_add.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @bias_add(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %16

7:                                                ; preds = %5
  %8 = icmp sgt i32 %1, 0
  %9 = zext i32 %1 to i64
  %10 = zext nneg i32 %0 to i64
  %11 = zext nneg i32 %1 to i64
  br label %12

12:                                               ; preds = %7, %17
  %13 = phi i64 [ 0, %7 ], [ %18, %17 ]
  br i1 %8, label %14, label %17

14:                                               ; preds = %12
  %15 = mul nuw nsw i64 %13, %9
  br label %20

16:                                               ; preds = %17, %5
  ret void

17:                                               ; preds = %20, %12
  %18 = add nuw nsw i64 %13, 1
  %19 = icmp eq i64 %18, %10
  br i1 %19, label %16, label %12, !llvm.loop !9

20:                                               ; preds = %14, %20
  %21 = phi i64 [ 0, %14 ], [ %29, %20 ]
  %22 = add nuw nsw i64 %21, %15
  %23 = getelementptr inbounds nuw float, ptr %2, i64 %22
  %24 = load float, ptr %23, align 4, !tbaa !12
  %25 = getelementptr inbounds nuw float, ptr %3, i64 %21
  %26 = load float, ptr %25, align 4, !tbaa !12
  %27 = fadd float %24, %26
  %28 = getelementptr inbounds nuw float, ptr %4, i64 %22
  store float %27, ptr %28, align 4, !tbaa !12
  %29 = add nuw nsw i64 %21, 1
  %30 = icmp eq i64 %29, %11
  br i1 %30, label %17, label %20, !llvm.loop !14
}

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
