; ModuleID = 'mat_add.c'
source_filename = "mat_add.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @mat_add(ptr noalias noundef readonly captures(none) %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  br label %4

4:                                                ; preds = %3, %10
  %5 = phi i64 [ 0, %3 ], [ %11, %10 ]
  %6 = getelementptr inbounds nuw [40 x double], ptr %0, i64 %5
  %7 = getelementptr inbounds nuw [40 x double], ptr %1, i64 %5
  %8 = getelementptr inbounds nuw [40 x double], ptr %2, i64 %5
  br label %13

9:                                                ; preds = %10
  ret void

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %5, 1
  %12 = icmp eq i64 %11, 32
  br i1 %12, label %9, label %4, !llvm.loop !9

13:                                               ; preds = %4, %13
  %14 = phi i64 [ 0, %4 ], [ %21, %13 ]
  %15 = getelementptr inbounds nuw double, ptr %6, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw double, ptr %7, i64 %14
  %18 = load double, ptr %17, align 8, !tbaa !12
  %19 = fadd double %16, %18
  %20 = getelementptr inbounds nuw double, ptr %8, i64 %14
  store double %19, ptr %20, align 8, !tbaa !12
  %21 = add nuw nsw i64 %14, 1
  %22 = icmp eq i64 %21, 40
  br i1 %22, label %10, label %13, !llvm.loop !14
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
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
