; ModuleID = 'batch_matmul.c'
source_filename = "batch_matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @batch_matmul(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %13

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  br label %8

8:                                                ; preds = %6, %134
  %9 = phi i64 [ 0, %6 ], [ %135, %134 ]
  %10 = getelementptr inbounds nuw [16 x [16 x float]], ptr %1, i64 %9
  %11 = getelementptr inbounds nuw [16 x [16 x float]], ptr %2, i64 %9
  %12 = getelementptr inbounds nuw [16 x [16 x float]], ptr %3, i64 %9
  br label %14

13:                                               ; preds = %134, %4
  ret void

14:                                               ; preds = %8, %137
  %15 = phi i64 [ 0, %8 ], [ %138, %137 ]
  %16 = getelementptr inbounds nuw [16 x float], ptr %12, i64 %15
  %17 = getelementptr inbounds nuw [16 x float], ptr %10, i64 %15
  %18 = getelementptr inbounds nuw i8, ptr %17, i64 60
  %19 = load float, ptr %18, align 4, !tbaa !9
  %20 = getelementptr inbounds nuw i8, ptr %17, i64 56
  %21 = load float, ptr %20, align 4, !tbaa !9
  %22 = getelementptr inbounds nuw i8, ptr %17, i64 52
  %23 = load float, ptr %22, align 4, !tbaa !9
  %24 = getelementptr inbounds nuw i8, ptr %17, i64 48
  %25 = load float, ptr %24, align 4, !tbaa !9
  %26 = getelementptr inbounds nuw i8, ptr %17, i64 44
  %27 = load float, ptr %26, align 4, !tbaa !9
  %28 = getelementptr inbounds nuw i8, ptr %17, i64 40
  %29 = load float, ptr %28, align 4, !tbaa !9
  %30 = getelementptr inbounds nuw i8, ptr %17, i64 36
  %31 = load float, ptr %30, align 4, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %17, i64 32
  %33 = load float, ptr %32, align 4, !tbaa !9
  %34 = getelementptr inbounds nuw i8, ptr %17, i64 28
  %35 = load float, ptr %34, align 4, !tbaa !9
  %36 = getelementptr inbounds nuw i8, ptr %17, i64 24
  %37 = load float, ptr %36, align 4, !tbaa !9
  %38 = getelementptr inbounds nuw i8, ptr %17, i64 20
  %39 = load float, ptr %38, align 4, !tbaa !9
  %40 = getelementptr inbounds nuw i8, ptr %17, i64 16
  %41 = load float, ptr %40, align 4, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %17, i64 12
  %43 = load float, ptr %42, align 4, !tbaa !9
  %44 = getelementptr inbounds nuw i8, ptr %17, i64 8
  %45 = load float, ptr %44, align 4, !tbaa !9
  %46 = getelementptr inbounds nuw i8, ptr %17, i64 4
  %47 = load float, ptr %46, align 4, !tbaa !9
  %48 = load float, ptr %17, align 4, !tbaa !9
  %49 = insertelement <4 x float> poison, float %48, i64 0
  %50 = shufflevector <4 x float> %49, <4 x float> poison, <4 x i32> zeroinitializer
  %51 = insertelement <4 x float> poison, float %47, i64 0
  %52 = shufflevector <4 x float> %51, <4 x float> poison, <4 x i32> zeroinitializer
  %53 = insertelement <4 x float> poison, float %45, i64 0
  %54 = shufflevector <4 x float> %53, <4 x float> poison, <4 x i32> zeroinitializer
  %55 = insertelement <4 x float> poison, float %43, i64 0
  %56 = shufflevector <4 x float> %55, <4 x float> poison, <4 x i32> zeroinitializer
  %57 = insertelement <4 x float> poison, float %41, i64 0
  %58 = shufflevector <4 x float> %57, <4 x float> poison, <4 x i32> zeroinitializer
  %59 = insertelement <4 x float> poison, float %39, i64 0
  %60 = shufflevector <4 x float> %59, <4 x float> poison, <4 x i32> zeroinitializer
  %61 = insertelement <4 x float> poison, float %37, i64 0
  %62 = shufflevector <4 x float> %61, <4 x float> poison, <4 x i32> zeroinitializer
  %63 = insertelement <4 x float> poison, float %35, i64 0
  %64 = shufflevector <4 x float> %63, <4 x float> poison, <4 x i32> zeroinitializer
  %65 = insertelement <4 x float> poison, float %33, i64 0
  %66 = shufflevector <4 x float> %65, <4 x float> poison, <4 x i32> zeroinitializer
  %67 = insertelement <4 x float> poison, float %31, i64 0
  %68 = shufflevector <4 x float> %67, <4 x float> poison, <4 x i32> zeroinitializer
  %69 = insertelement <4 x float> poison, float %29, i64 0
  %70 = shufflevector <4 x float> %69, <4 x float> poison, <4 x i32> zeroinitializer
  %71 = insertelement <4 x float> poison, float %27, i64 0
  %72 = shufflevector <4 x float> %71, <4 x float> poison, <4 x i32> zeroinitializer
  %73 = insertelement <4 x float> poison, float %25, i64 0
  %74 = shufflevector <4 x float> %73, <4 x float> poison, <4 x i32> zeroinitializer
  %75 = insertelement <4 x float> poison, float %23, i64 0
  %76 = shufflevector <4 x float> %75, <4 x float> poison, <4 x i32> zeroinitializer
  %77 = insertelement <4 x float> poison, float %21, i64 0
  %78 = shufflevector <4 x float> %77, <4 x float> poison, <4 x i32> zeroinitializer
  %79 = insertelement <4 x float> poison, float %19, i64 0
  %80 = shufflevector <4 x float> %79, <4 x float> poison, <4 x i32> zeroinitializer
  br label %81

81:                                               ; preds = %81, %14
  %82 = phi i64 [ 0, %14 ], [ %132, %81 ]
  %83 = getelementptr inbounds nuw float, ptr %11, i64 %82
  %84 = load <4 x float>, ptr %83, align 4, !tbaa !9
  %85 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %50, <4 x float> %84, <4 x float> zeroinitializer)
  %86 = getelementptr inbounds nuw i8, ptr %83, i64 64
  %87 = load <4 x float>, ptr %86, align 4, !tbaa !9
  %88 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %52, <4 x float> %87, <4 x float> %85)
  %89 = getelementptr inbounds nuw i8, ptr %83, i64 128
  %90 = load <4 x float>, ptr %89, align 4, !tbaa !9
  %91 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %54, <4 x float> %90, <4 x float> %88)
  %92 = getelementptr inbounds nuw i8, ptr %83, i64 192
  %93 = load <4 x float>, ptr %92, align 4, !tbaa !9
  %94 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %56, <4 x float> %93, <4 x float> %91)
  %95 = getelementptr inbounds nuw i8, ptr %83, i64 256
  %96 = load <4 x float>, ptr %95, align 4, !tbaa !9
  %97 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %58, <4 x float> %96, <4 x float> %94)
  %98 = getelementptr inbounds nuw i8, ptr %83, i64 320
  %99 = load <4 x float>, ptr %98, align 4, !tbaa !9
  %100 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %60, <4 x float> %99, <4 x float> %97)
  %101 = getelementptr inbounds nuw i8, ptr %83, i64 384
  %102 = load <4 x float>, ptr %101, align 4, !tbaa !9
  %103 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %62, <4 x float> %102, <4 x float> %100)
  %104 = getelementptr inbounds nuw i8, ptr %83, i64 448
  %105 = load <4 x float>, ptr %104, align 4, !tbaa !9
  %106 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %64, <4 x float> %105, <4 x float> %103)
  %107 = getelementptr inbounds nuw i8, ptr %83, i64 512
  %108 = load <4 x float>, ptr %107, align 4, !tbaa !9
  %109 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %66, <4 x float> %108, <4 x float> %106)
  %110 = getelementptr inbounds nuw i8, ptr %83, i64 576
  %111 = load <4 x float>, ptr %110, align 4, !tbaa !9
  %112 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %68, <4 x float> %111, <4 x float> %109)
  %113 = getelementptr inbounds nuw i8, ptr %83, i64 640
  %114 = load <4 x float>, ptr %113, align 4, !tbaa !9
  %115 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %70, <4 x float> %114, <4 x float> %112)
  %116 = getelementptr inbounds nuw i8, ptr %83, i64 704
  %117 = load <4 x float>, ptr %116, align 4, !tbaa !9
  %118 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %72, <4 x float> %117, <4 x float> %115)
  %119 = getelementptr inbounds nuw i8, ptr %83, i64 768
  %120 = load <4 x float>, ptr %119, align 4, !tbaa !9
  %121 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %74, <4 x float> %120, <4 x float> %118)
  %122 = getelementptr inbounds nuw i8, ptr %83, i64 832
  %123 = load <4 x float>, ptr %122, align 4, !tbaa !9
  %124 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %76, <4 x float> %123, <4 x float> %121)
  %125 = getelementptr inbounds nuw i8, ptr %83, i64 896
  %126 = load <4 x float>, ptr %125, align 4, !tbaa !9
  %127 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %78, <4 x float> %126, <4 x float> %124)
  %128 = getelementptr inbounds nuw i8, ptr %83, i64 960
  %129 = load <4 x float>, ptr %128, align 4, !tbaa !9
  %130 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %80, <4 x float> %129, <4 x float> %127)
  %131 = getelementptr inbounds nuw float, ptr %16, i64 %82
  store <4 x float> %130, ptr %131, align 4, !tbaa !9
  %132 = add nuw i64 %82, 4
  %133 = icmp eq i64 %132, 16
  br i1 %133, label %137, label %81, !llvm.loop !11

134:                                              ; preds = %137
  %135 = add nuw nsw i64 %9, 1
  %136 = icmp eq i64 %135, %7
  br i1 %136, label %13, label %8, !llvm.loop !15

137:                                              ; preds = %81
  %138 = add nuw nsw i64 %15, 1
  %139 = icmp eq i64 %138, 16
  br i1 %139, label %134, label %14, !llvm.loop !16
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #1

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
