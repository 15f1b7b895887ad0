; ModuleID = 'conv1d.c'
source_filename = "conv1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @conv1d(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %1, %0
  br i1 %6, label %17, label %7

7:                                                ; preds = %5
  %8 = icmp sgt i32 %1, 0
  %9 = sext i32 %1 to i64
  %10 = sext i32 %0 to i64
  %11 = zext nneg i32 %1 to i64
  %12 = sub nsw i64 %10, %9
  br label %13

13:                                               ; preds = %7, %18
  %14 = phi i64 [ 0, %7 ], [ %21, %18 ]
  br i1 %8, label %15, label %18

15:                                               ; preds = %13
  %16 = getelementptr inbounds float, ptr %2, i64 %14
  br label %23

17:                                               ; preds = %18, %5
  ret void

18:                                               ; preds = %23, %13
  %19 = phi float [ 0.000000e+00, %13 ], [ %30, %23 ]
  %20 = getelementptr inbounds nuw float, ptr %4, i64 %14
  store float %19, ptr %20, align 4, !tbaa !9
  %21 = add nuw nsw i64 %14, 1
  %22 = icmp sgt i64 %21, %12
  br i1 %22, label %17, label %13, !llvm.loop !11

23:                                               ; preds = %15, %23
  %24 = phi i64 [ 0, %15 ], [ %31, %23 ]
  %25 = phi float [ 0.000000e+00, %15 ], [ %30, %23 ]
  %26 = getelementptr inbounds float, ptr %16, i64 %24
  %27 = load float, ptr %26, align 4, !tbaa !9
  %28 = getelementptr inbounds nuw float, ptr %3, i64 %24
  %29 = load float, ptr %28, align 4, !tbaa !9
  %30 = tail call float @llvm.fmuladd.f32(float %27, float %29, float %25)
  %31 = add nuw nsw i64 %24, 1
  %32 = icmp eq i64 %31, %11
  br i1 %32, label %18, label %23, !llvm.loop !14
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
