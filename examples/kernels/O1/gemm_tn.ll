; ModuleID = 'gemm_tn.c'
source_filename = "gemm_tn.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm_tn(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %23

8:                                                ; preds = %6
  %9 = icmp sgt i32 %1, 0
  %10 = icmp sgt i32 %2, 0
  %11 = zext nneg i32 %0 to i64
  %12 = zext i32 %1 to i64
  %13 = zext i32 %1 to i64
  %14 = zext nneg i32 %0 to i64
  %15 = zext nneg i32 %1 to i64
  %16 = zext nneg i32 %2 to i64
  br label %17

17:                                               ; preds = %8, %30
  %18 = phi i64 [ 0, %8 ], [ %31, %30 ]
  br i1 %9, label %19, label %30

19:                                               ; preds = %17
  %20 = mul nuw nsw i64 %18, %13
  %21 = getelementptr inbounds float, ptr %5, i64 %20
  %22 = getelementptr inbounds float, ptr %3, i64 %18
  br label %24

23:                                               ; preds = %30, %6
  ret void

24:                                               ; preds = %19, %34
  %25 = phi i64 [ 0, %19 ], [ %35, %34 ]
  br i1 %10, label %26, label %34

26:                                               ; preds = %24
  %27 = getelementptr inbounds float, ptr %21, i64 %25
  %28 = load float, ptr %27, align 4, !tbaa !9
  %29 = getelementptr inbounds float, ptr %4, i64 %25
  br label %37

30:                                               ; preds = %34, %17
  %31 = add nuw nsw i64 %18, 1
  %32 = icmp eq i64 %31, %14
  br i1 %32, label %23, label %17, !llvm.loop !11

33:                                               ; preds = %37
  store float %46, ptr %27, align 4, !tbaa !9
  br label %34

34:                                               ; preds = %33, %24
  %35 = add nuw nsw i64 %25, 1
  %36 = icmp eq i64 %35, %15
  br i1 %36, label %30, label %24, !llvm.loop !14

37:                                               ; preds = %26, %37
  %38 = phi i64 [ 0, %26 ], [ %47, %37 ]
  %39 = phi float [ %28, %26 ], [ %46, %37 ]
  %40 = mul nuw nsw i64 %38, %11
  %41 = getelementptr inbounds float, ptr %22, i64 %40
  %42 = load float, ptr %41, align 4, !tbaa !9
  %43 = mul nuw nsw i64 %38, %12
  %44 = getelementptr inbounds float, ptr %29, i64 %43
  %45 = load float, ptr %44, align 4, !tbaa !9
  %46 = tail call float @llvm.fmuladd.f32(float %42, float %45, float %39)
  %47 = add nuw nsw i64 %38, 1
  %48 = icmp eq i64 %47, %16
  br i1 %48, label %33, label %37, !llvm.loop !15
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
!15 = distinct !{!15, !12, !13}
