; ModuleID = 'simple_conv2d.c'
source_filename = "simple_conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @simple_conv2d(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %0, 2
  br i1 %6, label %7, label %19

7:                                                ; preds = %5
  %8 = add nsw i32 %0, -2
  %9 = add i32 %1, -2
  %10 = icmp sgt i32 %1, 2
  %11 = sext i32 %9 to i64
  %12 = zext i32 %8 to i64
  %13 = zext i32 %9 to i64
  br label %14

14:                                               ; preds = %7, %23
  %15 = phi i64 [ 0, %7 ], [ %24, %23 ]
  br i1 %10, label %16, label %23

16:                                               ; preds = %14
  %17 = mul nsw i64 %15, %11
  %18 = getelementptr float, ptr %4, i64 %17
  br label %20

19:                                               ; preds = %23, %5
  ret void

20:                                               ; preds = %16, %35
  %21 = phi i64 [ 0, %16 ], [ %37, %35 ]
  %22 = trunc nuw nsw i64 %21 to i32
  br label %26

23:                                               ; preds = %35, %14
  %24 = add nuw nsw i64 %15, 1
  %25 = icmp eq i64 %24, %12
  br i1 %25, label %19, label %14, !llvm.loop !9

26:                                               ; preds = %20, %39
  %27 = phi i64 [ 0, %20 ], [ %40, %39 ]
  %28 = phi float [ 0.000000e+00, %20 ], [ %52, %39 ]
  %29 = add nuw nsw i64 %27, %15
  %30 = trunc i64 %29 to i32
  %31 = mul i32 %1, %30
  %32 = add nuw i32 %31, %22
  %33 = mul nuw nsw i64 %27, 12
  %34 = getelementptr inbounds i8, ptr %3, i64 %33
  br label %42

35:                                               ; preds = %39
  %36 = getelementptr float, ptr %18, i64 %21
  store float %52, ptr %36, align 4, !tbaa !12
  %37 = add nuw nsw i64 %21, 1
  %38 = icmp eq i64 %37, %13
  br i1 %38, label %23, label %20, !llvm.loop !14

39:                                               ; preds = %42
  %40 = add nuw nsw i64 %27, 1
  %41 = icmp eq i64 %40, 3
  br i1 %41, label %35, label %26, !llvm.loop !15

42:                                               ; preds = %26, %42
  %43 = phi i64 [ 0, %26 ], [ %53, %42 ]
  %44 = phi float [ %28, %26 ], [ %52, %42 ]
  %45 = trunc nuw nsw i64 %43 to i32
  %46 = add i32 %32, %45
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds float, ptr %2, i64 %47
  %49 = load float, ptr %48, align 4, !tbaa !12
  %50 = getelementptr inbounds float, ptr %34, i64 %43
  %51 = load float, ptr %50, align 4, !tbaa !12
  %52 = tail call float @llvm.fmuladd.f32(float %49, float %51, float %44)
  %53 = add nuw nsw i64 %43, 1
  %54 = icmp eq i64 %53, 3
  br i1 %54, label %39, label %42, !llvm.loop !16
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
!16 = distinct !{!16, !10, !11}
