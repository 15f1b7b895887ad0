; ModuleID = 'gemm_nt.c'
source_filename = "gemm_nt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm_nt(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %28

8:                                                ; preds = %6
  %9 = icmp sgt i32 %1, 0
  %10 = icmp sgt i32 %2, 0
  %11 = zext i32 %2 to i64
  %12 = zext i32 %1 to i64
  %13 = zext nneg i32 %0 to i64
  %14 = and i64 %11, 3
  %15 = icmp ult i32 %2, 4
  %16 = and i64 %11, 2147483644
  %17 = icmp eq i64 %14, 0
  %18 = icmp ne i64 %14, 0
  br label %19

19:                                               ; preds = %8, %29
  %20 = phi i64 [ 0, %8 ], [ %30, %29 ]
  br i1 %9, label %21, label %29

21:                                               ; preds = %19
  %22 = mul nuw nsw i64 %20, %12
  %23 = trunc i64 %20 to i32
  %24 = mul i32 %2, %23
  %25 = zext i32 %24 to i64
  %26 = getelementptr inbounds nuw float, ptr %5, i64 %22
  %27 = getelementptr inbounds nuw float, ptr %3, i64 %25
  br label %32

28:                                               ; preds = %29, %6
  ret void

29:                                               ; preds = %55, %19
  %30 = add nuw nsw i64 %20, 1
  %31 = icmp eq i64 %30, %13
  br i1 %31, label %28, label %19, !llvm.loop !9

32:                                               ; preds = %21, %55
  %33 = phi i64 [ 0, %21 ], [ %57, %55 ]
  %34 = getelementptr inbounds nuw float, ptr %26, i64 %33
  %35 = load float, ptr %34, align 4, !tbaa !11
  br i1 %10, label %36, label %55

36:                                               ; preds = %32
  %37 = mul nuw nsw i64 %33, %11
  %38 = getelementptr inbounds nuw float, ptr %4, i64 %37
  br i1 %15, label %40, label %59

39:                                               ; preds = %59
  br i1 %17, label %55, label %40

40:                                               ; preds = %39, %36
  %41 = phi i64 [ 0, %36 ], [ %86, %39 ]
  %42 = phi float [ %35, %36 ], [ %85, %39 ]
  tail call void @llvm.assume(i1 %18)
  br label %43

43:                                               ; preds = %43, %40
  %44 = phi i64 [ %41, %40 ], [ %52, %43 ]
  %45 = phi float [ %42, %40 ], [ %51, %43 ]
  %46 = phi i64 [ 0, %40 ], [ %53, %43 ]
  %47 = getelementptr inbounds nuw float, ptr %27, i64 %44
  %48 = load float, ptr %47, align 4, !tbaa !11
  %49 = getelementptr inbounds nuw float, ptr %38, i64 %44
  %50 = load float, ptr %49, align 4, !tbaa !11
  %51 = tail call float @llvm.fmuladd.f32(float %48, float %50, float %45)
  %52 = add nuw nsw i64 %44, 1
  %53 = add i64 %46, 1
  %54 = icmp eq i64 %53, %14
  br i1 %54, label %55, label %43, !llvm.loop !13

55:                                               ; preds = %39, %43, %32
  %56 = phi float [ %35, %32 ], [ %85, %39 ], [ %51, %43 ]
  store float %56, ptr %34, align 4, !tbaa !11
  %57 = add nuw nsw i64 %33, 1
  %58 = icmp eq i64 %57, %12
  br i1 %58, label %29, label %32, !llvm.loop !15

59:                                               ; preds = %36, %59
  %60 = phi i64 [ %86, %59 ], [ 0, %36 ]
  %61 = phi float [ %85, %59 ], [ %35, %36 ]
  %62 = phi i64 [ %87, %59 ], [ 0, %36 ]
  %63 = getelementptr inbounds nuw float, ptr %27, i64 %60
  %64 = load float, ptr %63, align 4, !tbaa !11
  %65 = getelementptr inbounds nuw float, ptr %38, i64 %60
  %66 = load float, ptr %65, align 4, !tbaa !11
  %67 = tail call float @llvm.fmuladd.f32(float %64, float %66, float %61)
  %68 = or disjoint i64 %60, 1
  %69 = getelementptr inbounds nuw float, ptr %27, i64 %68
  %70 = load float, ptr %69, align 4, !tbaa !11
  %71 = getelementptr inbounds nuw float, ptr %38, i64 %68
  %72 = load float, ptr %71, align 4, !tbaa !11
  %73 = tail call float @llvm.fmuladd.f32(float %70, float %72, float %67)
  %74 = or disjoint i64 %60, 2
  %75 = getelementptr inbounds nuw float, ptr %27, i64 %74
  %76 = load float, ptr %75, align 4, !tbaa !11
  %77 = getelementptr inbounds nuw float, ptr %38, i64 %74
  %78 = load float, ptr %77, align 4, !tbaa !11
  %79 = tail call float @llvm.fmuladd.f32(float %76, float %78, float %73)
  %80 = or disjoint i64 %60, 3
  %81 = getelementptr inbounds nuw float, ptr %27, i64 %80
  %82 = load float, ptr %81, align 4, !tbaa !11
  %83 = getelementptr inbounds nuw float, ptr %38, i64 %80
  %84 = load float, ptr %83, align 4, !tbaa !11
  %85 = tail call float @llvm.fmuladd.f32(float %82, float %84, float %79)
  %86 = add nuw nsw i64 %60, 4
  %87 = add i64 %62, 4
  %88 = icmp eq i64 %87, %16
  br i1 %88, label %39, label %59, !llvm.loop !16
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"float", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
