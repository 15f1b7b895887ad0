; ModuleID = 'simple_conv2d.c'
source_filename = "simple_conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @simple_conv2d(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %0, 2
  br i1 %6, label %7, label %176

7:                                                ; preds = %5
  %8 = add nsw i32 %0, -2
  %9 = add i32 %1, -2
  %10 = icmp sgt i32 %1, 2
  %11 = sext i32 %9 to i64
  %12 = zext nneg i32 %8 to i64
  %13 = zext i32 %9 to i64
  %14 = getelementptr inbounds nuw i8, ptr %3, i64 4
  %15 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %16 = getelementptr inbounds nuw i8, ptr %3, i64 12
  %17 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %18 = getelementptr inbounds nuw i8, ptr %3, i64 20
  %19 = getelementptr inbounds nuw i8, ptr %3, i64 24
  %20 = getelementptr inbounds nuw i8, ptr %3, i64 28
  %21 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %22 = add nsw i64 %13, -1
  %23 = add i32 %1, 1
  %24 = add i32 %1, 2
  %25 = shl i32 %1, 1
  %26 = or disjoint i32 %25, 1
  %27 = add i32 %25, 2
  %28 = icmp ult i32 %9, 8
  %29 = trunc i64 %22 to i32
  %30 = trunc i64 %22 to i32
  %31 = icmp ugt i64 %22, 4294967295
  %32 = trunc i64 %22 to i32
  %33 = trunc i64 %22 to i32
  %34 = trunc i64 %22 to i32
  %35 = trunc i64 %22 to i32
  %36 = trunc i64 %22 to i32
  %37 = trunc i64 %22 to i32
  %38 = trunc i64 %22 to i32
  %39 = and i64 %13, 4294967292
  %40 = icmp eq i64 %39, %13
  br label %41

41:                                               ; preds = %7, %230
  %42 = phi i32 [ 0, %7 ], [ %233, %230 ]
  %43 = phi i64 [ 0, %7 ], [ %231, %230 ]
  %44 = mul i32 %1, %42
  %45 = add i32 %44, 1
  %46 = add i32 %44, 2
  %47 = add i32 %1, %44
  %48 = add i32 %23, %44
  %49 = add i32 %24, %44
  %50 = add i32 %25, %44
  %51 = add i32 %26, %44
  %52 = add i32 %27, %44
  br i1 %10, label %55, label %53

53:                                               ; preds = %41
  %54 = add nuw nsw i64 %43, 1
  br label %230

55:                                               ; preds = %41
  %56 = mul nsw i64 %43, %11
  %57 = trunc i64 %43 to i32
  %58 = add i32 %57, 2
  %59 = mul i32 %58, %1
  %60 = load float, ptr %3, align 4, !tbaa !9
  %61 = load float, ptr %14, align 4, !tbaa !9
  %62 = load float, ptr %15, align 4, !tbaa !9
  %63 = load float, ptr %16, align 4, !tbaa !9
  %64 = load float, ptr %17, align 4, !tbaa !9
  %65 = load float, ptr %18, align 4, !tbaa !9
  %66 = load float, ptr %19, align 4, !tbaa !9
  %67 = load float, ptr %20, align 4, !tbaa !9
  %68 = load float, ptr %21, align 4, !tbaa !9
  %69 = trunc i64 %43 to i32
  %70 = mul i32 %1, %69
  %71 = add nuw nsw i64 %43, 1
  %72 = trunc i64 %71 to i32
  %73 = mul i32 %1, %72
  %74 = getelementptr float, ptr %4, i64 %56
  br i1 %28, label %174, label %75

75:                                               ; preds = %55
  %76 = add i32 %44, %29
  %77 = icmp slt i32 %76, %44
  %78 = add i32 %45, %30
  %79 = icmp slt i32 %78, %45
  %80 = or i1 %79, %31
  %81 = add i32 %46, %32
  %82 = icmp slt i32 %81, %46
  %83 = add i32 %47, %33
  %84 = icmp slt i32 %83, %47
  %85 = add i32 %48, %34
  %86 = icmp slt i32 %85, %48
  %87 = add i32 %49, %35
  %88 = icmp slt i32 %87, %49
  %89 = add i32 %50, %36
  %90 = icmp slt i32 %89, %50
  %91 = add i32 %51, %37
  %92 = icmp slt i32 %91, %51
  %93 = add i32 %52, %38
  %94 = icmp slt i32 %93, %52
  %95 = or i1 %77, %80
  %96 = or i1 %82, %95
  %97 = or i1 %84, %96
  %98 = or i1 %86, %97
  %99 = or i1 %88, %98
  %100 = or i1 %90, %99
  %101 = or i1 %92, %100
  %102 = or i1 %94, %101
  br i1 %102, label %174, label %103

103:                                              ; preds = %75
  %104 = insertelement <4 x float> poison, float %60, i64 0
  %105 = shufflevector <4 x float> %104, <4 x float> poison, <4 x i32> zeroinitializer
  %106 = insertelement <4 x float> poison, float %61, i64 0
  %107 = shufflevector <4 x float> %106, <4 x float> poison, <4 x i32> zeroinitializer
  %108 = insertelement <4 x float> poison, float %62, i64 0
  %109 = shufflevector <4 x float> %108, <4 x float> poison, <4 x i32> zeroinitializer
  %110 = insertelement <4 x float> poison, float %63, i64 0
  %111 = shufflevector <4 x float> %110, <4 x float> poison, <4 x i32> zeroinitializer
  %112 = insertelement <4 x float> poison, float %64, i64 0
  %113 = shufflevector <4 x float> %112, <4 x float> poison, <4 x i32> zeroinitializer
  %114 = insertelement <4 x float> poison, float %65, i64 0
  %115 = shufflevector <4 x float> %114, <4 x float> poison, <4 x i32> zeroinitializer
  %116 = insertelement <4 x float> poison, float %66, i64 0
  %117 = shufflevector <4 x float> %116, <4 x float> poison, <4 x i32> zeroinitializer
  %118 = insertelement <4 x float> poison, float %67, i64 0
  %119 = shufflevector <4 x float> %118, <4 x float> poison, <4 x i32> zeroinitializer
  %120 = insertelement <4 x float> poison, float %68, i64 0
  %121 = shufflevector <4 x float> %120, <4 x float> poison, <4 x i32> zeroinitializer
  br label %122

122:                                              ; preds = %122, %103
  %123 = phi i64 [ 0, %103 ], [ %171, %122 ]
  %124 = trunc i64 %123 to i32
  %125 = add i32 %70, %124
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds float, ptr %2, i64 %126
  %128 = load <4 x float>, ptr %127, align 4, !tbaa !9
  %129 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %128, <4 x float> %105, <4 x float> zeroinitializer)
  %130 = add i32 %125, 1
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds float, ptr %2, i64 %131
  %133 = load <4 x float>, ptr %132, align 4, !tbaa !9
  %134 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %133, <4 x float> %107, <4 x float> %129)
  %135 = add i32 %125, 2
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds float, ptr %2, i64 %136
  %138 = load <4 x float>, ptr %137, align 4, !tbaa !9
  %139 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %138, <4 x float> %109, <4 x float> %134)
  %140 = add i32 %73, %124
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds float, ptr %2, i64 %141
  %143 = load <4 x float>, ptr %142, align 4, !tbaa !9
  %144 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %143, <4 x float> %111, <4 x float> %139)
  %145 = add i32 %140, 1
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds float, ptr %2, i64 %146
  %148 = load <4 x float>, ptr %147, align 4, !tbaa !9
  %149 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %148, <4 x float> %113, <4 x float> %144)
  %150 = add i32 %140, 2
  %151 = sext i32 %150 to i64
  %152 = getelementptr inbounds float, ptr %2, i64 %151
  %153 = load <4 x float>, ptr %152, align 4, !tbaa !9
  %154 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %153, <4 x float> %115, <4 x float> %149)
  %155 = add i32 %59, %124
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds float, ptr %2, i64 %156
  %158 = load <4 x float>, ptr %157, align 4, !tbaa !9
  %159 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %158, <4 x float> %117, <4 x float> %154)
  %160 = add i32 %155, 1
  %161 = sext i32 %160 to i64
  %162 = getelementptr inbounds float, ptr %2, i64 %161
  %163 = load <4 x float>, ptr %162, align 4, !tbaa !9
  %164 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %163, <4 x float> %119, <4 x float> %159)
  %165 = add i32 %155, 2
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds float, ptr %2, i64 %166
  %168 = load <4 x float>, ptr %167, align 4, !tbaa !9
  %169 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %168, <4 x float> %121, <4 x float> %164)
  %170 = getelementptr float, ptr %74, i64 %123
  store <4 x float> %169, ptr %170, align 4, !tbaa !9
  %171 = add nuw i64 %123, 4
  %172 = icmp eq i64 %171, %39
  br i1 %172, label %173, label %122, !llvm.loop !11

173:                                              ; preds = %122
  br i1 %40, label %230, label %174

174:                                              ; preds = %75, %55, %173
  %175 = phi i64 [ 0, %75 ], [ 0, %55 ], [ %39, %173 ]
  br label %177

176:                                              ; preds = %230, %5
  ret void

177:                                              ; preds = %174, %177
  %178 = phi i64 [ %228, %177 ], [ %175, %174 ]
  %179 = trunc i64 %178 to i32
  %180 = add i32 %70, %179
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds float, ptr %2, i64 %181
  %183 = load float, ptr %182, align 4, !tbaa !9
  %184 = tail call float @llvm.fmuladd.f32(float %183, float %60, float 0.000000e+00)
  %185 = add i32 %180, 1
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds float, ptr %2, i64 %186
  %188 = load float, ptr %187, align 4, !tbaa !9
  %189 = tail call float @llvm.fmuladd.f32(float %188, float %61, float %184)
  %190 = add i32 %180, 2
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds float, ptr %2, i64 %191
  %193 = load float, ptr %192, align 4, !tbaa !9
  %194 = tail call float @llvm.fmuladd.f32(float %193, float %62, float %189)
  %195 = trunc i64 %178 to i32
  %196 = add i32 %73, %195
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds float, ptr %2, i64 %197
  %199 = load float, ptr %198, align 4, !tbaa !9
  %200 = tail call float @llvm.fmuladd.f32(float %199, float %63, float %194)
  %201 = add i32 %196, 1
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds float, ptr %2, i64 %202
  %204 = load float, ptr %203, align 4, !tbaa !9
  %205 = tail call float @llvm.fmuladd.f32(float %204, float %64, float %200)
  %206 = add i32 %196, 2
  %207 = sext i32 %206 to i64
  %208 = getelementptr inbounds float, ptr %2, i64 %207
  %209 = load float, ptr %208, align 4, !tbaa !9
  %210 = tail call float @llvm.fmuladd.f32(float %209, float %65, float %205)
  %211 = trunc i64 %178 to i32
  %212 = add i32 %59, %211
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds float, ptr %2, i64 %213
  %215 = load float, ptr %214, align 4, !tbaa !9
  %216 = tail call float @llvm.fmuladd.f32(float %215, float %66, float %210)
  %217 = add i32 %212, 1
  %218 = sext i32 %217 to i64
  %219 = getelementptr inbounds float, ptr %2, i64 %218
  %220 = load float, ptr %219, align 4, !tbaa !9
  %221 = tail call float @llvm.fmuladd.f32(float %220, float %67, float %216)
  %222 = add i32 %212, 2
  %223 = sext i32 %222 to i64
  %224 = getelementptr inbounds float, ptr %2, i64 %223
  %225 = load float, ptr %224, align 4, !tbaa !9
  %226 = tail call float @llvm.fmuladd.f32(float %225, float %68, float %221)
  %227 = getelementptr float, ptr %74, i64 %178
  store float %226, ptr %227, align 4, !tbaa !9
  %228 = add nuw nsw i64 %178, 1
  %229 = icmp eq i64 %228, %13
  br i1 %229, label %230, label %177, !llvm.loop !15

230:                                              ; preds = %177, %173, %53
  %231 = phi i64 [ %54, %53 ], [ %71, %173 ], [ %71, %177 ]
  %232 = icmp eq i64 %231, %12
  %233 = add i32 %42, 1
  br i1 %232, label %176, label %41, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12}
