; ModuleID = 'gemm_tn.c'
source_filename = "gemm_tn.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm_tn(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %25

8:                                                ; preds = %6
  %9 = icmp sgt i32 %1, 0
  %10 = icmp sgt i32 %2, 0
  %11 = zext nneg i32 %0 to i64
  %12 = zext i32 %1 to i64
  %13 = zext i32 %2 to i64
  %14 = and i64 %13, 1
  %15 = icmp eq i32 %2, 1
  %16 = and i64 %13, 2147483646
  %17 = icmp eq i64 %14, 0
  %18 = icmp ne i64 %14, 0
  br label %19

19:                                               ; preds = %8, %32
  %20 = phi i64 [ 0, %8 ], [ %33, %32 ]
  br i1 %9, label %21, label %32

21:                                               ; preds = %19
  %22 = mul nuw nsw i64 %20, %12
  %23 = getelementptr inbounds nuw float, ptr %5, i64 %22
  %24 = getelementptr inbounds nuw float, ptr %3, i64 %20
  br label %26

25:                                               ; preds = %32, %6
  ret void

26:                                               ; preds = %21, %48
  %27 = phi i64 [ 0, %21 ], [ %49, %48 ]
  br i1 %10, label %28, label %48

28:                                               ; preds = %26
  %29 = getelementptr inbounds nuw float, ptr %23, i64 %27
  %30 = load float, ptr %29, align 4, !tbaa !9
  %31 = getelementptr inbounds nuw float, ptr %4, i64 %27
  br i1 %15, label %36, label %51

32:                                               ; preds = %48, %19
  %33 = add nuw nsw i64 %20, 1
  %34 = icmp eq i64 %33, %11
  br i1 %34, label %25, label %19, !llvm.loop !11

35:                                               ; preds = %51
  br i1 %17, label %46, label %36

36:                                               ; preds = %35, %28
  %37 = phi i64 [ 0, %28 ], [ %70, %35 ]
  %38 = phi float [ %30, %28 ], [ %69, %35 ]
  tail call void @llvm.assume(i1 %18)
  %39 = mul nuw nsw i64 %37, %11
  %40 = getelementptr inbounds nuw float, ptr %24, i64 %39
  %41 = load float, ptr %40, align 4, !tbaa !9
  %42 = mul nuw nsw i64 %37, %12
  %43 = getelementptr inbounds nuw float, ptr %31, i64 %42
  %44 = load float, ptr %43, align 4, !tbaa !9
  %45 = tail call float @llvm.fmuladd.f32(float %41, float %44, float %38)
  br label %46

46:                                               ; preds = %35, %36
  %47 = phi float [ %69, %35 ], [ %45, %36 ]
  store float %47, ptr %29, align 4, !tbaa !9
  br label %48

48:                                               ; preds = %46, %26
  %49 = add nuw nsw i64 %27, 1
  %50 = icmp eq i64 %49, %12
  br i1 %50, label %32, label %26, !llvm.loop !13

51:                                               ; preds = %28, %51
  %52 = phi i64 [ %70, %51 ], [ 0, %28 ]
  %53 = phi float [ %69, %51 ], [ %30, %28 ]
  %54 = phi i64 [ %71, %51 ], [ 0, %28 ]
  %55 = mul nuw nsw i64 %52, %11
  %56 = getelementptr inbounds nuw float, ptr %24, i64 %55
  %57 = load float, ptr %56, align 4, !tbaa !9
  %58 = mul nuw nsw i64 %52, %12
  %59 = getelementptr inbounds nuw float, ptr %31, i64 %58
  %60 = load float, ptr %59, align 4, !tbaa !9
  %61 = tail call float @llvm.fmuladd.f32(float %57, float %60, float %53)
  %62 = or disjoint i64 %52, 1
  %63 = mul nuw nsw i64 %62, %11
  %64 = getelementptr inbounds nuw float, ptr %24, i64 %63
  %65 = load float, ptr %64, align 4, !tbaa !9
  %66 = mul nuw nsw i64 %62, %12
  %67 = getelementptr inbounds nuw float, ptr %31, i64 %66
  %68 = load float, ptr %67, align 4, !tbaa !9
  %69 = tail call float @llvm.fmuladd.f32(float %65, float %68, float %61)
  %70 = add nuw nsw i64 %52, 2
  %71 = add i64 %54, 2
  %72 = icmp eq i64 %71, %16
  br i1 %72, label %35, label %51, !llvm.loop !14
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
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
