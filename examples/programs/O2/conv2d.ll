; ModuleID = 'conv2d.c'
source_filename = "conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.9e out[7][9] %.9e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [5 x [5 x float]], align 16
  %2 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #8
  %3 = tail call noalias dereferenceable_or_null(374144) ptr @malloc(i64 noundef 374144) #8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  store <4 x float> <float 0xBFDEB851E0000000, float 0xBFDC28F5C0000000, float 0xBFD99999A0000000, float 0xBFD70A3D80000000>, ptr %1, align 16, !tbaa !9
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store <4 x float> <float 0xBFD47AE140000000, float 0xBFD1EB8520000000, float 0xBFCEB851E0000000, float 0xBFC99999A0000000>, ptr %4, align 16, !tbaa !9
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32
  store <4 x float> <float 0xBFC47AE140000000, float 0xBFBEB851E0000000, float 0xBFB47AE140000000, float 0xBFA47AE140000000>, ptr %5, align 16, !tbaa !9
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 48
  store <4 x float> <float 0.000000e+00, float 0x3FA47AE140000000, float 0x3FB47AE140000000, float 0x3FBEB851E0000000>, ptr %6, align 16, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 64
  store <4 x float> <float 0x3FC47AE140000000, float 0x3FC99999A0000000, float 0x3FCEB851E0000000, float 0x3FD1EB8520000000>, ptr %7, align 16, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 80
  store <4 x float> <float 0x3FD47AE140000000, float 0x3FD70A3D80000000, float 0x3FD99999A0000000, float 0x3FDC28F5C0000000>, ptr %8, align 16, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 96
  store float 0x3FDEB851E0000000, ptr %9, align 16, !tbaa !9
  br label %10

10:                                               ; preds = %0, %30
  %11 = phi i64 [ 0, %0 ], [ %31, %30 ]
  %12 = getelementptr inbounds nuw [320 x float], ptr %2, i64 %11
  %13 = mul nuw nsw i64 %11, 3
  %14 = insertelement <4 x i64> poison, i64 %13, i64 0
  %15 = shufflevector <4 x i64> %14, <4 x i64> poison, <4 x i32> zeroinitializer
  br label %16

16:                                               ; preds = %16, %10
  %17 = phi i64 [ 0, %10 ], [ %26, %16 ]
  %18 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %10 ], [ %27, %16 ]
  %19 = mul nuw nsw <4 x i64> %18, splat (i64 5)
  %20 = add nuw nsw <4 x i64> %19, %15
  %21 = trunc nuw nsw <4 x i64> %20 to <4 x i32>
  %22 = urem <4 x i32> %21, splat (i32 29)
  %23 = uitofp nneg <4 x i32> %22 to <4 x float>
  %24 = fdiv <4 x float> %23, splat (float 2.900000e+01)
  %25 = getelementptr inbounds nuw float, ptr %12, i64 %17
  store <4 x float> %24, ptr %25, align 4, !tbaa !9
  %26 = add nuw i64 %17, 4
  %27 = add nuw nsw <4 x i64> %18, splat (i64 4)
  %28 = icmp eq i64 %26, 320
  br i1 %28, label %30, label %16, !llvm.loop !11

29:                                               ; preds = %30
  call fastcc void @kernel_conv2d(ptr noundef nonnull %2, ptr noundef %1, ptr noundef %3)
  br label %33

30:                                               ; preds = %16
  %31 = add nuw nsw i64 %11, 1
  %32 = icmp eq i64 %31, 300
  br i1 %32, label %29, label %10, !llvm.loop !15

33:                                               ; preds = %29, %42
  %34 = phi i64 [ 0, %29 ], [ %43, %42 ]
  %35 = phi double [ 0.000000e+00, %29 ], [ %66, %42 ]
  %36 = getelementptr inbounds nuw [316 x float], ptr %3, i64 %34
  br label %45

37:                                               ; preds = %42
  %38 = getelementptr inbounds nuw i8, ptr %3, i64 8884
  %39 = load float, ptr %38, align 4, !tbaa !9
  %40 = fpext float %39 to double
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %66, double noundef %40)
  tail call void @free(ptr noundef %2) #9
  tail call void @free(ptr noundef nonnull %3) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 0

42:                                               ; preds = %45
  %43 = add nuw nsw i64 %34, 1
  %44 = icmp eq i64 %43, 296
  br i1 %44, label %37, label %33, !llvm.loop !16

45:                                               ; preds = %45, %33
  %46 = phi i64 [ 0, %33 ], [ %67, %45 ]
  %47 = phi double [ %35, %33 ], [ %66, %45 ]
  %48 = getelementptr inbounds nuw float, ptr %36, i64 %46
  %49 = load float, ptr %48, align 4, !tbaa !9
  %50 = fpext float %49 to double
  %51 = fadd double %47, %50
  %52 = getelementptr inbounds nuw float, ptr %36, i64 %46
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 4
  %54 = load float, ptr %53, align 4, !tbaa !9
  %55 = fpext float %54 to double
  %56 = fadd double %51, %55
  %57 = getelementptr inbounds nuw float, ptr %36, i64 %46
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 8
  %59 = load float, ptr %58, align 4, !tbaa !9
  %60 = fpext float %59 to double
  %61 = fadd double %56, %60
  %62 = getelementptr inbounds nuw float, ptr %36, i64 %46
  %63 = getelementptr inbounds nuw i8, ptr %62, i64 12
  %64 = load float, ptr %63, align 4, !tbaa !9
  %65 = fpext float %64 to double
  %66 = fadd double %61, %65
  %67 = add nuw nsw i64 %46, 4
  %68 = icmp eq i64 %67, 316
  br i1 %68, label %42, label %45, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_conv2d(ptr noundef readonly captures(none) %0, ptr noundef nonnull readonly captures(none) %1, ptr noundef writeonly captures(none) %2) unnamed_addr #3 {
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 4
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 12
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 20
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 28
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 36
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 44
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 52
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 56
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 60
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 68
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 72
  %22 = getelementptr inbounds nuw i8, ptr %1, i64 76
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 84
  %25 = getelementptr inbounds nuw i8, ptr %1, i64 88
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 92
  %27 = getelementptr inbounds nuw i8, ptr %1, i64 96
  %28 = getelementptr i8, ptr %2, i64 374144
  %29 = getelementptr i8, ptr %0, i64 384000
  %30 = getelementptr i8, ptr %1, i64 100
  %31 = icmp ult ptr %2, %29
  %32 = icmp ult ptr %0, %28
  %33 = and i1 %31, %32
  %34 = icmp ult ptr %2, %30
  %35 = icmp ult ptr %1, %28
  %36 = and i1 %34, %35
  %37 = or i1 %33, %36
  br label %38

38:                                               ; preds = %3, %319
  %39 = phi i64 [ 0, %3 ], [ %44, %319 ]
  %40 = getelementptr inbounds nuw [316 x float], ptr %2, i64 %39
  %41 = getelementptr inbounds nuw [320 x float], ptr %0, i64 %39
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 5120
  %43 = getelementptr inbounds nuw [320 x float], ptr %0, i64 %39
  %44 = add nuw nsw i64 %39, 1
  %45 = getelementptr inbounds nuw [320 x float], ptr %0, i64 %44
  %46 = getelementptr inbounds nuw [320 x float], ptr %0, i64 %39
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 2560
  %48 = getelementptr inbounds nuw [320 x float], ptr %0, i64 %39
  %49 = getelementptr inbounds nuw i8, ptr %48, i64 3840
  br i1 %37, label %211, label %50

50:                                               ; preds = %38
  %51 = load float, ptr %27, align 4, !tbaa !9, !alias.scope !18
  %52 = insertelement <4 x float> poison, float %51, i64 0
  %53 = shufflevector <4 x float> %52, <4 x float> poison, <4 x i32> zeroinitializer
  %54 = load float, ptr %26, align 4, !tbaa !9, !alias.scope !18
  %55 = insertelement <4 x float> poison, float %54, i64 0
  %56 = shufflevector <4 x float> %55, <4 x float> poison, <4 x i32> zeroinitializer
  %57 = load float, ptr %25, align 4, !tbaa !9, !alias.scope !18
  %58 = insertelement <4 x float> poison, float %57, i64 0
  %59 = shufflevector <4 x float> %58, <4 x float> poison, <4 x i32> zeroinitializer
  %60 = load float, ptr %24, align 4, !tbaa !9, !alias.scope !18
  %61 = insertelement <4 x float> poison, float %60, i64 0
  %62 = shufflevector <4 x float> %61, <4 x float> poison, <4 x i32> zeroinitializer
  %63 = load float, ptr %23, align 4, !tbaa !9, !alias.scope !18
  %64 = insertelement <4 x float> poison, float %63, i64 0
  %65 = shufflevector <4 x float> %64, <4 x float> poison, <4 x i32> zeroinitializer
  %66 = load float, ptr %22, align 4, !tbaa !9, !alias.scope !18
  %67 = insertelement <4 x float> poison, float %66, i64 0
  %68 = shufflevector <4 x float> %67, <4 x float> poison, <4 x i32> zeroinitializer
  %69 = load float, ptr %21, align 4, !tbaa !9, !alias.scope !18
  %70 = insertelement <4 x float> poison, float %69, i64 0
  %71 = shufflevector <4 x float> %70, <4 x float> poison, <4 x i32> zeroinitializer
  %72 = load float, ptr %20, align 4, !tbaa !9, !alias.scope !18
  %73 = insertelement <4 x float> poison, float %72, i64 0
  %74 = shufflevector <4 x float> %73, <4 x float> poison, <4 x i32> zeroinitializer
  %75 = load float, ptr %19, align 4, !tbaa !9, !alias.scope !18
  %76 = insertelement <4 x float> poison, float %75, i64 0
  %77 = shufflevector <4 x float> %76, <4 x float> poison, <4 x i32> zeroinitializer
  %78 = load float, ptr %18, align 4, !tbaa !9, !alias.scope !18
  %79 = insertelement <4 x float> poison, float %78, i64 0
  %80 = shufflevector <4 x float> %79, <4 x float> poison, <4 x i32> zeroinitializer
  %81 = load float, ptr %17, align 4, !tbaa !9, !alias.scope !18
  %82 = insertelement <4 x float> poison, float %81, i64 0
  %83 = shufflevector <4 x float> %82, <4 x float> poison, <4 x i32> zeroinitializer
  %84 = load float, ptr %16, align 4, !tbaa !9, !alias.scope !18
  %85 = insertelement <4 x float> poison, float %84, i64 0
  %86 = shufflevector <4 x float> %85, <4 x float> poison, <4 x i32> zeroinitializer
  %87 = load float, ptr %15, align 4, !tbaa !9, !alias.scope !18
  %88 = insertelement <4 x float> poison, float %87, i64 0
  %89 = shufflevector <4 x float> %88, <4 x float> poison, <4 x i32> zeroinitializer
  %90 = load float, ptr %14, align 4, !tbaa !9, !alias.scope !18
  %91 = insertelement <4 x float> poison, float %90, i64 0
  %92 = shufflevector <4 x float> %91, <4 x float> poison, <4 x i32> zeroinitializer
  %93 = load float, ptr %13, align 4, !tbaa !9, !alias.scope !18
  %94 = insertelement <4 x float> poison, float %93, i64 0
  %95 = shufflevector <4 x float> %94, <4 x float> poison, <4 x i32> zeroinitializer
  %96 = load float, ptr %12, align 4, !tbaa !9, !alias.scope !18
  %97 = insertelement <4 x float> poison, float %96, i64 0
  %98 = shufflevector <4 x float> %97, <4 x float> poison, <4 x i32> zeroinitializer
  %99 = load float, ptr %11, align 4, !tbaa !9, !alias.scope !18
  %100 = insertelement <4 x float> poison, float %99, i64 0
  %101 = shufflevector <4 x float> %100, <4 x float> poison, <4 x i32> zeroinitializer
  %102 = load float, ptr %10, align 4, !tbaa !9, !alias.scope !18
  %103 = insertelement <4 x float> poison, float %102, i64 0
  %104 = shufflevector <4 x float> %103, <4 x float> poison, <4 x i32> zeroinitializer
  %105 = load float, ptr %9, align 4, !tbaa !9, !alias.scope !18
  %106 = insertelement <4 x float> poison, float %105, i64 0
  %107 = shufflevector <4 x float> %106, <4 x float> poison, <4 x i32> zeroinitializer
  %108 = load float, ptr %8, align 4, !tbaa !9, !alias.scope !18
  %109 = insertelement <4 x float> poison, float %108, i64 0
  %110 = shufflevector <4 x float> %109, <4 x float> poison, <4 x i32> zeroinitializer
  %111 = load float, ptr %7, align 4, !tbaa !9, !alias.scope !18
  %112 = insertelement <4 x float> poison, float %111, i64 0
  %113 = shufflevector <4 x float> %112, <4 x float> poison, <4 x i32> zeroinitializer
  %114 = load float, ptr %6, align 4, !tbaa !9, !alias.scope !18
  %115 = insertelement <4 x float> poison, float %114, i64 0
  %116 = shufflevector <4 x float> %115, <4 x float> poison, <4 x i32> zeroinitializer
  %117 = load float, ptr %5, align 4, !tbaa !9, !alias.scope !18
  %118 = insertelement <4 x float> poison, float %117, i64 0
  %119 = shufflevector <4 x float> %118, <4 x float> poison, <4 x i32> zeroinitializer
  %120 = load float, ptr %4, align 4, !tbaa !9, !alias.scope !18
  %121 = insertelement <4 x float> poison, float %120, i64 0
  %122 = shufflevector <4 x float> %121, <4 x float> poison, <4 x i32> zeroinitializer
  %123 = load float, ptr %1, align 4, !tbaa !9, !alias.scope !18
  %124 = insertelement <4 x float> poison, float %123, i64 0
  %125 = shufflevector <4 x float> %124, <4 x float> poison, <4 x i32> zeroinitializer
  br label %126

126:                                              ; preds = %126, %50
  %127 = phi i64 [ 0, %50 ], [ %208, %126 ]
  %128 = getelementptr inbounds nuw float, ptr %43, i64 %127
  %129 = load <4 x float>, ptr %128, align 4, !tbaa !9, !alias.scope !21
  %130 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %129, <4 x float> %125, <4 x float> zeroinitializer)
  %131 = or disjoint i64 %127, 1
  %132 = getelementptr inbounds nuw float, ptr %43, i64 %131
  %133 = load <4 x float>, ptr %132, align 4, !tbaa !9, !alias.scope !21
  %134 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %133, <4 x float> %122, <4 x float> %130)
  %135 = or disjoint i64 %127, 2
  %136 = getelementptr inbounds nuw float, ptr %43, i64 %135
  %137 = load <4 x float>, ptr %136, align 4, !tbaa !9, !alias.scope !21
  %138 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %137, <4 x float> %119, <4 x float> %134)
  %139 = or disjoint i64 %127, 3
  %140 = getelementptr inbounds nuw float, ptr %43, i64 %139
  %141 = load <4 x float>, ptr %140, align 4, !tbaa !9, !alias.scope !21
  %142 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %141, <4 x float> %116, <4 x float> %138)
  %143 = add nuw nsw i64 %127, 4
  %144 = getelementptr inbounds nuw float, ptr %43, i64 %143
  %145 = load <4 x float>, ptr %144, align 4, !tbaa !9, !alias.scope !21
  %146 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %145, <4 x float> %113, <4 x float> %142)
  %147 = getelementptr inbounds nuw float, ptr %45, i64 %127
  %148 = load <4 x float>, ptr %147, align 4, !tbaa !9, !alias.scope !21
  %149 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %148, <4 x float> %110, <4 x float> %146)
  %150 = getelementptr inbounds nuw float, ptr %45, i64 %131
  %151 = load <4 x float>, ptr %150, align 4, !tbaa !9, !alias.scope !21
  %152 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %151, <4 x float> %107, <4 x float> %149)
  %153 = getelementptr inbounds nuw float, ptr %45, i64 %135
  %154 = load <4 x float>, ptr %153, align 4, !tbaa !9, !alias.scope !21
  %155 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %154, <4 x float> %104, <4 x float> %152)
  %156 = getelementptr inbounds nuw float, ptr %45, i64 %139
  %157 = load <4 x float>, ptr %156, align 4, !tbaa !9, !alias.scope !21
  %158 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %157, <4 x float> %101, <4 x float> %155)
  %159 = getelementptr inbounds nuw float, ptr %45, i64 %143
  %160 = load <4 x float>, ptr %159, align 4, !tbaa !9, !alias.scope !21
  %161 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %160, <4 x float> %98, <4 x float> %158)
  %162 = getelementptr inbounds nuw float, ptr %47, i64 %127
  %163 = load <4 x float>, ptr %162, align 4, !tbaa !9, !alias.scope !21
  %164 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %163, <4 x float> %95, <4 x float> %161)
  %165 = getelementptr inbounds nuw float, ptr %47, i64 %131
  %166 = load <4 x float>, ptr %165, align 4, !tbaa !9, !alias.scope !21
  %167 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %166, <4 x float> %92, <4 x float> %164)
  %168 = getelementptr inbounds nuw float, ptr %47, i64 %135
  %169 = load <4 x float>, ptr %168, align 4, !tbaa !9, !alias.scope !21
  %170 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %169, <4 x float> %89, <4 x float> %167)
  %171 = getelementptr inbounds nuw float, ptr %47, i64 %139
  %172 = load <4 x float>, ptr %171, align 4, !tbaa !9, !alias.scope !21
  %173 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %172, <4 x float> %86, <4 x float> %170)
  %174 = getelementptr inbounds nuw float, ptr %47, i64 %143
  %175 = load <4 x float>, ptr %174, align 4, !tbaa !9, !alias.scope !21
  %176 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %175, <4 x float> %83, <4 x float> %173)
  %177 = getelementptr inbounds nuw float, ptr %49, i64 %127
  %178 = load <4 x float>, ptr %177, align 4, !tbaa !9, !alias.scope !21
  %179 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %178, <4 x float> %80, <4 x float> %176)
  %180 = getelementptr inbounds nuw float, ptr %49, i64 %131
  %181 = load <4 x float>, ptr %180, align 4, !tbaa !9, !alias.scope !21
  %182 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %181, <4 x float> %77, <4 x float> %179)
  %183 = getelementptr inbounds nuw float, ptr %49, i64 %135
  %184 = load <4 x float>, ptr %183, align 4, !tbaa !9, !alias.scope !21
  %185 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %184, <4 x float> %74, <4 x float> %182)
  %186 = getelementptr inbounds nuw float, ptr %49, i64 %139
  %187 = load <4 x float>, ptr %186, align 4, !tbaa !9, !alias.scope !21
  %188 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %187, <4 x float> %71, <4 x float> %185)
  %189 = getelementptr inbounds nuw float, ptr %49, i64 %143
  %190 = load <4 x float>, ptr %189, align 4, !tbaa !9, !alias.scope !21
  %191 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %190, <4 x float> %68, <4 x float> %188)
  %192 = getelementptr inbounds nuw float, ptr %42, i64 %127
  %193 = load <4 x float>, ptr %192, align 4, !tbaa !9, !alias.scope !21
  %194 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %193, <4 x float> %65, <4 x float> %191)
  %195 = getelementptr inbounds nuw float, ptr %42, i64 %131
  %196 = load <4 x float>, ptr %195, align 4, !tbaa !9, !alias.scope !21
  %197 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %196, <4 x float> %62, <4 x float> %194)
  %198 = getelementptr inbounds nuw float, ptr %42, i64 %135
  %199 = load <4 x float>, ptr %198, align 4, !tbaa !9, !alias.scope !21
  %200 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %199, <4 x float> %59, <4 x float> %197)
  %201 = getelementptr inbounds nuw float, ptr %42, i64 %139
  %202 = load <4 x float>, ptr %201, align 4, !tbaa !9, !alias.scope !21
  %203 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %202, <4 x float> %56, <4 x float> %200)
  %204 = getelementptr inbounds nuw float, ptr %42, i64 %143
  %205 = load <4 x float>, ptr %204, align 4, !tbaa !9, !alias.scope !21
  %206 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %205, <4 x float> %53, <4 x float> %203)
  %207 = getelementptr inbounds nuw float, ptr %40, i64 %127
  store <4 x float> %206, ptr %207, align 4, !tbaa !9, !alias.scope !23, !noalias !25
  %208 = add nuw i64 %127, 4
  %209 = icmp eq i64 %208, 316
  br i1 %209, label %319, label %126, !llvm.loop !26

210:                                              ; preds = %319
  ret void

211:                                              ; preds = %38, %211
  %212 = phi i64 [ %217, %211 ], [ 0, %38 ]
  %213 = getelementptr inbounds nuw float, ptr %43, i64 %212
  %214 = load float, ptr %213, align 4, !tbaa !9
  %215 = load float, ptr %1, align 4, !tbaa !9
  %216 = tail call float @llvm.fmuladd.f32(float %214, float %215, float 0.000000e+00)
  %217 = add nuw nsw i64 %212, 1
  %218 = getelementptr inbounds nuw float, ptr %43, i64 %217
  %219 = load float, ptr %218, align 4, !tbaa !9
  %220 = load float, ptr %4, align 4, !tbaa !9
  %221 = tail call float @llvm.fmuladd.f32(float %219, float %220, float %216)
  %222 = add nuw nsw i64 %212, 2
  %223 = getelementptr inbounds nuw float, ptr %43, i64 %222
  %224 = load float, ptr %223, align 4, !tbaa !9
  %225 = load float, ptr %5, align 4, !tbaa !9
  %226 = tail call float @llvm.fmuladd.f32(float %224, float %225, float %221)
  %227 = add nuw nsw i64 %212, 3
  %228 = getelementptr inbounds nuw float, ptr %43, i64 %227
  %229 = load float, ptr %228, align 4, !tbaa !9
  %230 = load float, ptr %6, align 4, !tbaa !9
  %231 = tail call float @llvm.fmuladd.f32(float %229, float %230, float %226)
  %232 = add nuw nsw i64 %212, 4
  %233 = getelementptr inbounds nuw float, ptr %43, i64 %232
  %234 = load float, ptr %233, align 4, !tbaa !9
  %235 = load float, ptr %7, align 4, !tbaa !9
  %236 = tail call float @llvm.fmuladd.f32(float %234, float %235, float %231)
  %237 = getelementptr inbounds nuw float, ptr %45, i64 %212
  %238 = load float, ptr %237, align 4, !tbaa !9
  %239 = load float, ptr %8, align 4, !tbaa !9
  %240 = tail call float @llvm.fmuladd.f32(float %238, float %239, float %236)
  %241 = getelementptr inbounds nuw float, ptr %45, i64 %217
  %242 = load float, ptr %241, align 4, !tbaa !9
  %243 = load float, ptr %9, align 4, !tbaa !9
  %244 = tail call float @llvm.fmuladd.f32(float %242, float %243, float %240)
  %245 = getelementptr inbounds nuw float, ptr %45, i64 %222
  %246 = load float, ptr %245, align 4, !tbaa !9
  %247 = load float, ptr %10, align 4, !tbaa !9
  %248 = tail call float @llvm.fmuladd.f32(float %246, float %247, float %244)
  %249 = getelementptr inbounds nuw float, ptr %45, i64 %227
  %250 = load float, ptr %249, align 4, !tbaa !9
  %251 = load float, ptr %11, align 4, !tbaa !9
  %252 = tail call float @llvm.fmuladd.f32(float %250, float %251, float %248)
  %253 = getelementptr inbounds nuw float, ptr %45, i64 %232
  %254 = load float, ptr %253, align 4, !tbaa !9
  %255 = load float, ptr %12, align 4, !tbaa !9
  %256 = tail call float @llvm.fmuladd.f32(float %254, float %255, float %252)
  %257 = getelementptr inbounds nuw float, ptr %47, i64 %212
  %258 = load float, ptr %257, align 4, !tbaa !9
  %259 = load float, ptr %13, align 4, !tbaa !9
  %260 = tail call float @llvm.fmuladd.f32(float %258, float %259, float %256)
  %261 = getelementptr inbounds nuw float, ptr %47, i64 %217
  %262 = load float, ptr %261, align 4, !tbaa !9
  %263 = load float, ptr %14, align 4, !tbaa !9
  %264 = tail call float @llvm.fmuladd.f32(float %262, float %263, float %260)
  %265 = getelementptr inbounds nuw float, ptr %47, i64 %222
  %266 = load float, ptr %265, align 4, !tbaa !9
  %267 = load float, ptr %15, align 4, !tbaa !9
  %268 = tail call float @llvm.fmuladd.f32(float %266, float %267, float %264)
  %269 = getelementptr inbounds nuw float, ptr %47, i64 %227
  %270 = load float, ptr %269, align 4, !tbaa !9
  %271 = load float, ptr %16, align 4, !tbaa !9
  %272 = tail call float @llvm.fmuladd.f32(float %270, float %271, float %268)
  %273 = getelementptr inbounds nuw float, ptr %47, i64 %232
  %274 = load float, ptr %273, align 4, !tbaa !9
  %275 = load float, ptr %17, align 4, !tbaa !9
  %276 = tail call float @llvm.fmuladd.f32(float %274, float %275, float %272)
  %277 = getelementptr inbounds nuw float, ptr %49, i64 %212
  %278 = load float, ptr %277, align 4, !tbaa !9
  %279 = load float, ptr %18, align 4, !tbaa !9
  %280 = tail call float @llvm.fmuladd.f32(float %278, float %279, float %276)
  %281 = getelementptr inbounds nuw float, ptr %49, i64 %217
  %282 = load float, ptr %281, align 4, !tbaa !9
  %283 = load float, ptr %19, align 4, !tbaa !9
  %284 = tail call float @llvm.fmuladd.f32(float %282, float %283, float %280)
  %285 = getelementptr inbounds nuw float, ptr %49, i64 %222
  %286 = load float, ptr %285, align 4, !tbaa !9
  %287 = load float, ptr %20, align 4, !tbaa !9
  %288 = tail call float @llvm.fmuladd.f32(float %286, float %287, float %284)
  %289 = getelementptr inbounds nuw float, ptr %49, i64 %227
  %290 = load float, ptr %289, align 4, !tbaa !9
  %291 = load float, ptr %21, align 4, !tbaa !9
  %292 = tail call float @llvm.fmuladd.f32(float %290, float %291, float %288)
  %293 = getelementptr inbounds nuw float, ptr %49, i64 %232
  %294 = load float, ptr %293, align 4, !tbaa !9
  %295 = load float, ptr %22, align 4, !tbaa !9
  %296 = tail call float @llvm.fmuladd.f32(float %294, float %295, float %292)
  %297 = getelementptr inbounds nuw float, ptr %42, i64 %212
  %298 = load float, ptr %297, align 4, !tbaa !9
  %299 = load float, ptr %23, align 4, !tbaa !9
  %300 = tail call float @llvm.fmuladd.f32(float %298, float %299, float %296)
  %301 = getelementptr inbounds nuw float, ptr %42, i64 %217
  %302 = load float, ptr %301, align 4, !tbaa !9
  %303 = load float, ptr %24, align 4, !tbaa !9
  %304 = tail call float @llvm.fmuladd.f32(float %302, float %303, float %300)
  %305 = getelementptr inbounds nuw float, ptr %42, i64 %222
  %306 = load float, ptr %305, align 4, !tbaa !9
  %307 = load float, ptr %25, align 4, !tbaa !9
  %308 = tail call float @llvm.fmuladd.f32(float %306, float %307, float %304)
  %309 = getelementptr inbounds nuw float, ptr %42, i64 %227
  %310 = load float, ptr %309, align 4, !tbaa !9
  %311 = load float, ptr %26, align 4, !tbaa !9
  %312 = tail call float @llvm.fmuladd.f32(float %310, float %311, float %308)
  %313 = getelementptr inbounds nuw float, ptr %42, i64 %232
  %314 = load float, ptr %313, align 4, !tbaa !9
  %315 = load float, ptr %27, align 4, !tbaa !9
  %316 = tail call float @llvm.fmuladd.f32(float %314, float %315, float %312)
  %317 = getelementptr inbounds nuw float, ptr %40, i64 %212
  store float %316, ptr %317, align 4, !tbaa !9
  %318 = icmp eq i64 %217, 316
  br i1 %318, label %319, label %211, !llvm.loop !27

319:                                              ; preds = %126, %211
  %320 = icmp eq i64 %44, 296
  br i1 %320, label %210, label %38, !llvm.loop !28
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

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
!17 = distinct !{!17, !12}
!18 = !{!19}
!19 = distinct !{!19, !20}
!20 = distinct !{!20, !"LVerDomain"}
!21 = !{!22}
!22 = distinct !{!22, !20}
!23 = !{!24}
!24 = distinct !{!24, !20}
!25 = !{!22, !19}
!26 = distinct !{!26, !12, !13, !14}
!27 = distinct !{!27, !12, !13}
!28 = distinct !{!28, !12}
