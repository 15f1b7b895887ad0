; ModuleID = 'gemm_nt.c'
source_filename = "gemm_nt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm_nt(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %25

8:                                                ; preds = %6
  %9 = icmp sgt i32 %1, 0
  %10 = icmp sgt i32 %2, 0
  %11 = zext i32 %2 to i64
  %12 = zext i32 %1 to i64
  %13 = zext nneg i32 %0 to i64
  %14 = zext nneg i32 %1 to i64
  %15 = zext nneg i32 %2 to i64
  br label %16

16:                                               ; preds = %8, %26
  %17 = phi i64 [ 0, %8 ], [ %27, %26 ]
  br i1 %9, label %18, label %26

18:                                               ; preds = %16
  %19 = mul nuw nsw i64 %17, %12
  %20 = trunc i64 %17 to i32
  %21 = mul i32 %2, %20
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds float, ptr %5, i64 %19
  %24 = getelementptr inbounds float, ptr %3, i64 %22
  br label %29

25:                                               ; preds = %26, %6
  ret void

26:                                               ; preds = %36, %16
  %27 = add nuw nsw i64 %17, 1
  %28 = icmp eq i64 %27, %13
  br i1 %28, label %25, label %16, !llvm.loop !9

29:                                               ; preds = %18, %36
  %30 = phi i64 [ 0, %18 ], [ %38, %36 ]
  %31 = getelementptr inbounds float, ptr %23, i64 %30
  %32 = load float, ptr %31, align 4, !tbaa !12
  br i1 %10, label %33, label %36

33:                                               ; preds = %29
  %34 = mul nuw nsw i64 %30, %11
  %35 = getelementptr inbounds float, ptr %4, i64 %34
  br label %40

36:                                               ; preds = %40, %29
  %37 = phi float [ %32, %29 ], [ %47, %40 ]
  store float %37, ptr %31, align 4, !tbaa !12
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, %14
  br i1 %39, label %26, label %29, !llvm.loop !14

40:                                               ; preds = %33, %40
  %41 = phi i64 [ 0, %33 ], [ %48, %40 ]
  %42 = phi float [ %32, %33 ], [ %47, %40 ]
  %43 = getelementptr inbounds float, ptr %24, i64 %41
  %44 = load float, ptr %43, align 4, !tbaa !12
  %45 = getelementptr inbounds float, ptr %35, i64 %41
  %46 = load float, ptr %45, align 4, !tbaa !12
  %47 = tail call float @llvm.fmuladd.f32(float %44, float %46, float %42)
  %48 = add nuw nsw i64 %41, 1
  %49 = icmp eq i64 %48, %15
  br i1 %49, label %36, label %40, !llvm.loop !15
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
