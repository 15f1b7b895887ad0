; ModuleID = 'col_sum.c'
source_filename = "col_sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @col_sum(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %16

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = zext nneg i32 %1 to i64
  br label %11

11:                                               ; preds = %6, %17
  %12 = phi i64 [ 0, %6 ], [ %18, %17 ]
  br i1 %7, label %13, label %17

13:                                               ; preds = %11
  %14 = mul nuw nsw i64 %12, %8
  %15 = getelementptr inbounds float, ptr %2, i64 %14
  br label %20

16:                                               ; preds = %17, %4
  ret void

17:                                               ; preds = %20, %11
  %18 = add nuw nsw i64 %12, 1
  %19 = icmp eq i64 %18, %9
  br i1 %19, label %16, label %11, !llvm.loop !9

20:                                               ; preds = %13, %20
  %21 = phi i64 [ 0, %13 ], [ %27, %20 ]
  %22 = getelementptr inbounds float, ptr %15, i64 %21
  %23 = load float, ptr %22, align 4, !tbaa !12
  %24 = getelementptr inbounds nuw float, ptr %3, i64 %21
  %25 = load float, ptr %24, align 4, !tbaa !12
  %26 = fadd float %23, %25
  store float %26, ptr %24, align 4, !tbaa !12
  %27 = add nuw nsw i64 %21, 1
  %28 = icmp eq i64 %27, %10
  br i1 %28, label %17, label %20, !llvm.loop !14
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
