; ModuleID = 'strided_access.c'
source_filename = "strided_access.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @strided_access(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 0
  %5 = zext nneg i32 %0 to i64
  br label %6

6:                                                ; preds = %3, %11
  %7 = phi i64 [ 0, %3 ], [ %14, %11 ]
  br i1 %4, label %8, label %11

8:                                                ; preds = %6
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %7
  br label %16

10:                                               ; preds = %11
  ret void

11:                                               ; preds = %16, %6
  %12 = phi double [ 0.000000e+00, %6 ], [ %21, %16 ]
  %13 = getelementptr inbounds nuw double, ptr %2, i64 %7
  store double %12, ptr %13, align 8, !tbaa !9
  %14 = add nuw nsw i64 %7, 1
  %15 = icmp eq i64 %14, 70
  br i1 %15, label %10, label %6, !llvm.loop !11

16:                                               ; preds = %8, %16
  %17 = phi i64 [ 0, %8 ], [ %22, %16 ]
  %18 = phi double [ 0.000000e+00, %8 ], [ %21, %16 ]
  %19 = getelementptr inbounds nuw [70 x double], ptr %9, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = fadd double %18, %20
  %22 = add nuw nsw i64 %17, 1
  %23 = icmp eq i64 %22, %5
  br i1 %23, label %11, label %16, !llvm.loop !14
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
