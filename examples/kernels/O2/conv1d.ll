; ModuleID = 'conv1d.c'
source_filename = "conv1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @conv1d(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %1, %0
  br i1 %6, label %22, label %7

7:                                                ; preds = %5
  %8 = icmp sgt i32 %1, 0
  %9 = sext i32 %1 to i64
  %10 = sext i32 %0 to i64
  %11 = zext i32 %1 to i64
  %12 = sub nsw i64 %10, %9
  %13 = and i64 %11, 3
  %14 = icmp ult i32 %1, 4
  %15 = and i64 %11, 2147483644
  %16 = icmp eq i64 %13, 0
  %17 = icmp ne i64 %13, 0
  br label %18

18:                                               ; preds = %7, %39
  %19 = phi i64 [ 0, %7 ], [ %42, %39 ]
  br i1 %8, label %20, label %39

20:                                               ; preds = %18
  %21 = getelementptr inbounds nuw float, ptr %2, i64 %19
  br i1 %14, label %24, label %44

22:                                               ; preds = %39, %5
  ret void

23:                                               ; preds = %44
  br i1 %16, label %39, label %24

24:                                               ; preds = %23, %20
  %25 = phi i64 [ 0, %20 ], [ %71, %23 ]
  %26 = phi float [ 0.000000e+00, %20 ], [ %70, %23 ]
  tail call void @llvm.assume(i1 %17)
  br label %27

27:                                               ; preds = %27, %24
  %28 = phi i64 [ %25, %24 ], [ %36, %27 ]
  %29 = phi float [ %26, %24 ], [ %35, %27 ]
  %30 = phi i64 [ 0, %24 ], [ %37, %27 ]
  %31 = getelementptr inbounds nuw float, ptr %21, i64 %28
  %32 = load float, ptr %31, align 4, !tbaa !9
  %33 = getelementptr inbounds nuw float, ptr %3, i64 %28
  %34 = load float, ptr %33, align 4, !tbaa !9
  %35 = tail call float @llvm.fmuladd.f32(float %32, float %34, float %29)
  %36 = add nuw nsw i64 %28, 1
  %37 = add i64 %30, 1
  %38 = icmp eq i64 %37, %13
  br i1 %38, label %39, label %27, !llvm.loop !11

39:                                               ; preds = %23, %27, %18
  %40 = phi float [ 0.000000e+00, %18 ], [ %70, %23 ], [ %35, %27 ]
  %41 = getelementptr inbounds nuw float, ptr %4, i64 %19
  store float %40, ptr %41, align 4, !tbaa !9
  %42 = add nuw nsw i64 %19, 1
  %43 = icmp slt i64 %19, %12
  br i1 %43, label %18, label %22, !llvm.loop !13

44:                                               ; preds = %20, %44
  %45 = phi i64 [ %71, %44 ], [ 0, %20 ]
  %46 = phi float [ %70, %44 ], [ 0.000000e+00, %20 ]
  %47 = phi i64 [ %72, %44 ], [ 0, %20 ]
  %48 = getelementptr inbounds nuw float, ptr %21, i64 %45
  %49 = load float, ptr %48, align 4, !tbaa !9
  %50 = getelementptr inbounds nuw float, ptr %3, i64 %45
  %51 = load float, ptr %50, align 4, !tbaa !9
  %52 = tail call float @llvm.fmuladd.f32(float %49, float %51, float %46)
  %53 = or disjoint i64 %45, 1
  %54 = getelementptr inbounds nuw float, ptr %21, i64 %53
  %55 = load float, ptr %54, align 4, !tbaa !9
  %56 = getelementptr inbounds nuw float, ptr %3, i64 %53
  %57 = load float, ptr %56, align 4, !tbaa !9
  %58 = tail call float @llvm.fmuladd.f32(float %55, float %57, float %52)
  %59 = or disjoint i64 %45, 2
  %60 = getelementptr inbounds nuw float, ptr %21, i64 %59
  %61 = load float, ptr %60, align 4, !tbaa !9
  %62 = getelementptr inbounds nuw float, ptr %3, i64 %59
  %63 = load float, ptr %62, align 4, !tbaa !9
  %64 = tail call float @llvm.fmuladd.f32(float %61, float %63, float %58)
  %65 = or disjoint i64 %45, 3
  %66 = getelementptr inbounds nuw float, ptr %21, i64 %65
  %67 = load float, ptr %66, align 4, !tbaa !9
  %68 = getelementptr inbounds nuw float, ptr %3, i64 %65
  %69 = load float, ptr %68, align 4, !tbaa !9
  %70 = tail call float @llvm.fmuladd.f32(float %67, float %69, float %64)
  %71 = add nuw nsw i64 %45, 4
  %72 = add i64 %47, 4
  %73 = icmp eq i64 %72, %15
  br i1 %73, label %23, label %44, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
