; ModuleID = 'row_max.c'
source_filename = "row_max.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @row_max(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %11

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 1
  %8 = sext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = zext nneg i32 %1 to i64
  br label %12

11:                                               ; preds = %20, %4
  ret void

12:                                               ; preds = %6, %20
  %13 = phi i64 [ 0, %6 ], [ %23, %20 ]
  %14 = mul nsw i64 %13, %8
  %15 = getelementptr inbounds float, ptr %2, i64 %14
  %16 = load float, ptr %15, align 4, !tbaa !9
  br i1 %7, label %17, label %20

17:                                               ; preds = %12
  %18 = and i64 %14, 4294967295
  %19 = getelementptr inbounds float, ptr %2, i64 %18
  br label %25

20:                                               ; preds = %25, %12
  %21 = phi float [ %16, %12 ], [ %31, %25 ]
  %22 = getelementptr inbounds nuw float, ptr %3, i64 %13
  store float %21, ptr %22, align 4, !tbaa !9
  %23 = add nuw nsw i64 %13, 1
  %24 = icmp eq i64 %23, %9
  br i1 %24, label %11, label %12, !llvm.loop !11

25:                                               ; preds = %17, %25
  %26 = phi i64 [ 1, %17 ], [ %32, %25 ]
  %27 = phi float [ %16, %17 ], [ %31, %25 ]
  %28 = getelementptr inbounds float, ptr %19, i64 %26
  %29 = load float, ptr %28, align 4, !tbaa !9
  %30 = fcmp ogt float %29, %27
  %31 = select i1 %30, float %29, float %27
  %32 = add nuw nsw i64 %26, 1
  %33 = icmp eq i64 %32, %10
  br i1 %33, label %20, label %25, !llvm.loop !14
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
