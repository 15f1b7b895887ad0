; ModuleID = 'gemv.c'
source_filename = "gemv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemv(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef writeonly captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %18

8:                                                ; preds = %6
  %9 = icmp sgt i32 %1, 0
  %10 = sext i32 %2 to i64
  %11 = zext nneg i32 %0 to i64
  %12 = zext nneg i32 %1 to i64
  br label %13

13:                                               ; preds = %8, %19
  %14 = phi i64 [ 0, %8 ], [ %22, %19 ]
  br i1 %9, label %15, label %19

15:                                               ; preds = %13
  %16 = mul nsw i64 %14, %10
  %17 = getelementptr double, ptr %3, i64 %16
  br label %24

18:                                               ; preds = %19, %6
  ret void

19:                                               ; preds = %24, %13
  %20 = phi double [ 0.000000e+00, %13 ], [ %31, %24 ]
  %21 = getelementptr inbounds nuw double, ptr %5, i64 %14
  store double %20, ptr %21, align 8, !tbaa !9
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, %11
  br i1 %23, label %18, label %13, !llvm.loop !11

24:                                               ; preds = %15, %24
  %25 = phi i64 [ 0, %15 ], [ %32, %24 ]
  %26 = phi double [ 0.000000e+00, %15 ], [ %31, %24 ]
  %27 = getelementptr double, ptr %17, i64 %25
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw double, ptr %4, i64 %25
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = tail call double @llvm.fmuladd.f64(double %28, double %30, double %26)
  %32 = add nuw nsw i64 %25, 1
  %33 = icmp eq i64 %32, %12
  br i1 %33, label %19, label %24, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
