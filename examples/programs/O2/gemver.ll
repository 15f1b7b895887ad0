; ModuleID = 'gemver.c'
source_filename = "gemver.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"w %.12e x[3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1280000) ptr @malloc(i64 noundef 1280000) #7
  %2 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %3 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %4 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %5 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %6 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %7 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %8 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %9 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  br label %11

10:                                               ; preds = %47
  tail call fastcc void @kernel_gemver(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull %3, ptr noundef nonnull %4, ptr noundef nonnull %5, ptr noundef nonnull %6, ptr noundef nonnull %7, ptr noundef nonnull %8, ptr noundef nonnull %9)
  br label %53

11:                                               ; preds = %0, %47
  %12 = phi i64 [ 0, %0 ], [ %16, %47 ]
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = uitofp nneg i32 %13 to double
  %15 = getelementptr inbounds nuw double, ptr %2, i64 %12
  store double %14, ptr %15, align 8, !tbaa !9
  %16 = add nuw nsw i64 %12, 1
  %17 = trunc nuw nsw i64 %16 to i32
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %18, 4.000000e+02
  %20 = fmul double %19, 5.000000e-01
  %21 = getelementptr inbounds nuw double, ptr %3, i64 %12
  store double %20, ptr %21, align 8, !tbaa !9
  %22 = fmul double %19, 2.500000e-01
  %23 = getelementptr inbounds nuw double, ptr %4, i64 %12
  store double %22, ptr %23, align 8, !tbaa !9
  %24 = fdiv double %19, 6.000000e+00
  %25 = getelementptr inbounds nuw double, ptr %5, i64 %12
  store double %24, ptr %25, align 8, !tbaa !9
  %26 = fmul double %19, 1.250000e-01
  %27 = getelementptr inbounds nuw double, ptr %8, i64 %12
  store double %26, ptr %27, align 8, !tbaa !9
  %28 = fdiv double %19, 9.000000e+00
  %29 = getelementptr inbounds nuw double, ptr %9, i64 %12
  store double %28, ptr %29, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw double, ptr %7, i64 %12
  store double 0.000000e+00, ptr %30, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store double 0.000000e+00, ptr %31, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw [400 x double], ptr %1, i64 %12
  %33 = insertelement <2 x i64> poison, i64 %12, i64 0
  %34 = shufflevector <2 x i64> %33, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %35

35:                                               ; preds = %35, %11
  %36 = phi i64 [ 0, %11 ], [ %44, %35 ]
  %37 = phi <2 x i64> [ <i64 0, i64 1>, %11 ], [ %45, %35 ]
  %38 = mul nuw nsw <2 x i64> %37, %34
  %39 = trunc nuw nsw <2 x i64> %38 to <2 x i32>
  %40 = urem <2 x i32> %39, splat (i32 400)
  %41 = uitofp nneg <2 x i32> %40 to <2 x double>
  %42 = fdiv <2 x double> %41, splat (double 4.000000e+02)
  %43 = getelementptr inbounds nuw double, ptr %32, i64 %36
  store <2 x double> %42, ptr %43, align 8, !tbaa !9
  %44 = add nuw i64 %36, 2
  %45 = add nuw nsw <2 x i64> %37, splat (i64 2)
  %46 = icmp eq i64 %44, 400
  br i1 %46, label %47, label %35, !llvm.loop !11

47:                                               ; preds = %35
  %48 = icmp eq i64 %16, 400
  br i1 %48, label %10, label %11, !llvm.loop !15

49:                                               ; preds = %53
  %50 = getelementptr inbounds nuw i8, ptr %7, i64 24
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %86, double noundef %51)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  tail call void @free(ptr noundef nonnull %4) #8
  tail call void @free(ptr noundef nonnull %5) #8
  tail call void @free(ptr noundef nonnull %6) #8
  tail call void @free(ptr noundef nonnull %7) #8
  tail call void @free(ptr noundef nonnull %8) #8
  tail call void @free(ptr noundef nonnull %9) #8
  ret i32 0

53:                                               ; preds = %53, %10
  %54 = phi i64 [ 0, %10 ], [ %87, %53 ]
  %55 = phi double [ 0.000000e+00, %10 ], [ %86, %53 ]
  %56 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %55, %57
  %59 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 8
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 16
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 24
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 32
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %70, %73
  %75 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 40
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %74, %77
  %79 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 48
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = fadd double %78, %81
  %83 = getelementptr inbounds nuw double, ptr %6, i64 %54
  %84 = getelementptr inbounds nuw i8, ptr %83, i64 56
  %85 = load double, ptr %84, align 8, !tbaa !9
  %86 = fadd double %82, %85
  %87 = add nuw nsw i64 %54, 8
  %88 = icmp eq i64 %87, 400
  br i1 %88, label %49, label %53, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_gemver(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4, ptr noundef captures(none) %5, ptr noundef captures(none) %6, ptr noundef readonly captures(none) %7, ptr noundef readonly captures(none) %8) unnamed_addr #2 {
  %10 = getelementptr i8, ptr %0, i64 1280000
  %11 = insertelement <4 x ptr> poison, ptr %1, i64 0
  %12 = insertelement <4 x ptr> %11, ptr %2, i64 1
  %13 = insertelement <4 x ptr> %12, ptr %3, i64 2
  %14 = insertelement <4 x ptr> %13, ptr %4, i64 3
  %15 = getelementptr i8, <4 x ptr> %14, i64 3200
  %16 = insertelement <4 x ptr> poison, ptr %0, i64 0
  %17 = shufflevector <4 x ptr> %16, <4 x ptr> poison, <4 x i32> zeroinitializer
  %18 = insertelement <4 x ptr> poison, ptr %10, i64 0
  %19 = shufflevector <4 x ptr> %18, <4 x ptr> poison, <4 x i32> zeroinitializer
  %20 = icmp ult <4 x ptr> %17, %15
  %21 = icmp ult <4 x ptr> %14, %19
  %22 = and <4 x i1> %20, %21
  %23 = bitcast <4 x i1> %22 to i4
  %24 = icmp eq i4 %23, 0
  br label %25

25:                                               ; preds = %9, %57
  %26 = phi i64 [ 0, %9 ], [ %58, %57 ]
  %27 = getelementptr inbounds nuw [400 x double], ptr %0, i64 %26
  %28 = getelementptr inbounds nuw double, ptr %1, i64 %26
  %29 = getelementptr inbounds nuw double, ptr %3, i64 %26
  br i1 %24, label %30, label %60

30:                                               ; preds = %25
  %31 = load double, ptr %29, align 8, !tbaa !9, !alias.scope !17
  %32 = insertelement <2 x double> poison, double %31, i64 0
  %33 = shufflevector <2 x double> %32, <2 x double> poison, <2 x i32> zeroinitializer
  %34 = load double, ptr %28, align 8, !tbaa !9, !alias.scope !20
  %35 = insertelement <2 x double> poison, double %34, i64 0
  %36 = shufflevector <2 x double> %35, <2 x double> poison, <2 x i32> zeroinitializer
  br label %37

37:                                               ; preds = %37, %30
  %38 = phi i64 [ 0, %30 ], [ %55, %37 ]
  %39 = getelementptr inbounds nuw double, ptr %27, i64 %38
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 16
  %41 = load <2 x double>, ptr %39, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %42 = load <2 x double>, ptr %40, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %43 = getelementptr inbounds nuw double, ptr %2, i64 %38
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 16
  %45 = load <2 x double>, ptr %43, align 8, !tbaa !9, !alias.scope !27
  %46 = load <2 x double>, ptr %44, align 8, !tbaa !9, !alias.scope !27
  %47 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %36, <2 x double> %45, <2 x double> %41)
  %48 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %36, <2 x double> %46, <2 x double> %42)
  %49 = getelementptr inbounds nuw double, ptr %4, i64 %38
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 16
  %51 = load <2 x double>, ptr %49, align 8, !tbaa !9, !alias.scope !28
  %52 = load <2 x double>, ptr %50, align 8, !tbaa !9, !alias.scope !28
  %53 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %33, <2 x double> %51, <2 x double> %47)
  %54 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %33, <2 x double> %52, <2 x double> %48)
  store <2 x double> %53, ptr %39, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  store <2 x double> %54, ptr %40, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %55 = add nuw i64 %38, 4
  %56 = icmp eq i64 %55, 400
  br i1 %56, label %57, label %37, !llvm.loop !29

57:                                               ; preds = %37, %60
  %58 = add nuw nsw i64 %26, 1
  %59 = icmp eq i64 %58, 400
  br i1 %59, label %85, label %25, !llvm.loop !30

60:                                               ; preds = %25, %60
  %61 = phi i64 [ %83, %60 ], [ 0, %25 ]
  %62 = getelementptr inbounds nuw double, ptr %27, i64 %61
  %63 = load double, ptr %62, align 8, !tbaa !9
  %64 = load double, ptr %28, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw double, ptr %2, i64 %61
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = tail call double @llvm.fmuladd.f64(double %64, double %66, double %63)
  %68 = load double, ptr %29, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw double, ptr %4, i64 %61
  %70 = load double, ptr %69, align 8, !tbaa !9
  %71 = tail call double @llvm.fmuladd.f64(double %68, double %70, double %67)
  store double %71, ptr %62, align 8, !tbaa !9
  %72 = or disjoint i64 %61, 1
  %73 = getelementptr inbounds nuw double, ptr %27, i64 %72
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = load double, ptr %28, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw double, ptr %2, i64 %72
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = tail call double @llvm.fmuladd.f64(double %75, double %77, double %74)
  %79 = load double, ptr %29, align 8, !tbaa !9
  %80 = getelementptr inbounds nuw double, ptr %4, i64 %72
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = tail call double @llvm.fmuladd.f64(double %79, double %81, double %78)
  store double %82, ptr %73, align 8, !tbaa !9
  %83 = add nuw nsw i64 %61, 2
  %84 = icmp eq i64 %83, 400
  br i1 %84, label %57, label %60, !llvm.loop !31

85:                                               ; preds = %57, %90
  %86 = phi i64 [ %91, %90 ], [ 0, %57 ]
  %87 = getelementptr inbounds nuw double, ptr %6, i64 %86
  %88 = getelementptr inbounds nuw double, ptr %0, i64 %86
  %89 = load double, ptr %87, align 8, !tbaa !9
  br label %124

90:                                               ; preds = %124
  %91 = add nuw nsw i64 %86, 1
  %92 = icmp eq i64 %91, 400
  br i1 %92, label %93, label %85, !llvm.loop !32

93:                                               ; preds = %90
  %94 = getelementptr i8, ptr %6, i64 3200
  %95 = getelementptr i8, ptr %8, i64 3200
  %96 = icmp ult ptr %6, %95
  %97 = icmp ult ptr %8, %94
  %98 = and i1 %96, %97
  br i1 %98, label %142, label %99

99:                                               ; preds = %93, %99
  %100 = phi i64 [ %122, %99 ], [ 0, %93 ]
  %101 = getelementptr inbounds nuw double, ptr %6, i64 %100
  %102 = getelementptr inbounds nuw i8, ptr %101, i64 16
  %103 = load <2 x double>, ptr %101, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  %104 = load <2 x double>, ptr %102, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  %105 = getelementptr inbounds nuw double, ptr %8, i64 %100
  %106 = getelementptr inbounds nuw i8, ptr %105, i64 16
  %107 = load <2 x double>, ptr %105, align 8, !tbaa !9, !alias.scope !36
  %108 = load <2 x double>, ptr %106, align 8, !tbaa !9, !alias.scope !36
  %109 = fadd <2 x double> %103, %107
  %110 = fadd <2 x double> %104, %108
  store <2 x double> %109, ptr %101, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  store <2 x double> %110, ptr %102, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  %111 = or disjoint i64 %100, 4
  %112 = getelementptr inbounds nuw double, ptr %6, i64 %111
  %113 = getelementptr inbounds nuw i8, ptr %112, i64 16
  %114 = load <2 x double>, ptr %112, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  %115 = load <2 x double>, ptr %113, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  %116 = getelementptr inbounds nuw double, ptr %8, i64 %111
  %117 = getelementptr inbounds nuw i8, ptr %116, i64 16
  %118 = load <2 x double>, ptr %116, align 8, !tbaa !9, !alias.scope !36
  %119 = load <2 x double>, ptr %117, align 8, !tbaa !9, !alias.scope !36
  %120 = fadd <2 x double> %114, %118
  %121 = fadd <2 x double> %115, %119
  store <2 x double> %120, ptr %112, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  store <2 x double> %121, ptr %113, align 8, !tbaa !9, !alias.scope !33, !noalias !36
  %122 = add nuw nsw i64 %100, 8
  %123 = icmp eq i64 %122, 400
  br i1 %123, label %169, label %99, !llvm.loop !38

124:                                              ; preds = %124, %85
  %125 = phi i64 [ 0, %85 ], [ %140, %124 ]
  %126 = phi double [ %89, %85 ], [ %139, %124 ]
  %127 = getelementptr inbounds nuw [400 x double], ptr %88, i64 %125
  %128 = load double, ptr %127, align 8, !tbaa !9
  %129 = fmul double %128, 1.200000e+00
  %130 = getelementptr inbounds nuw double, ptr %7, i64 %125
  %131 = load double, ptr %130, align 8, !tbaa !9
  %132 = tail call double @llvm.fmuladd.f64(double %129, double %131, double %126)
  store double %132, ptr %87, align 8, !tbaa !9
  %133 = or disjoint i64 %125, 1
  %134 = getelementptr inbounds nuw [400 x double], ptr %88, i64 %133
  %135 = load double, ptr %134, align 8, !tbaa !9
  %136 = fmul double %135, 1.200000e+00
  %137 = getelementptr inbounds nuw double, ptr %7, i64 %133
  %138 = load double, ptr %137, align 8, !tbaa !9
  %139 = tail call double @llvm.fmuladd.f64(double %136, double %138, double %132)
  store double %139, ptr %87, align 8, !tbaa !9
  %140 = add nuw nsw i64 %125, 2
  %141 = icmp eq i64 %140, 400
  br i1 %141, label %90, label %124, !llvm.loop !39

142:                                              ; preds = %93, %142
  %143 = phi i64 [ %167, %142 ], [ 0, %93 ]
  %144 = getelementptr inbounds nuw double, ptr %6, i64 %143
  %145 = load double, ptr %144, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw double, ptr %8, i64 %143
  %147 = load double, ptr %146, align 8, !tbaa !9
  %148 = fadd double %145, %147
  store double %148, ptr %144, align 8, !tbaa !9
  %149 = or disjoint i64 %143, 1
  %150 = getelementptr inbounds nuw double, ptr %6, i64 %149
  %151 = load double, ptr %150, align 8, !tbaa !9
  %152 = getelementptr inbounds nuw double, ptr %8, i64 %149
  %153 = load double, ptr %152, align 8, !tbaa !9
  %154 = fadd double %151, %153
  store double %154, ptr %150, align 8, !tbaa !9
  %155 = or disjoint i64 %143, 2
  %156 = getelementptr inbounds nuw double, ptr %6, i64 %155
  %157 = load double, ptr %156, align 8, !tbaa !9
  %158 = getelementptr inbounds nuw double, ptr %8, i64 %155
  %159 = load double, ptr %158, align 8, !tbaa !9
  %160 = fadd double %157, %159
  store double %160, ptr %156, align 8, !tbaa !9
  %161 = or disjoint i64 %143, 3
  %162 = getelementptr inbounds nuw double, ptr %6, i64 %161
  %163 = load double, ptr %162, align 8, !tbaa !9
  %164 = getelementptr inbounds nuw double, ptr %8, i64 %161
  %165 = load double, ptr %164, align 8, !tbaa !9
  %166 = fadd double %163, %165
  store double %166, ptr %162, align 8, !tbaa !9
  %167 = add nuw nsw i64 %143, 4
  %168 = icmp eq i64 %167, 400
  br i1 %168, label %169, label %142, !llvm.loop !40

169:                                              ; preds = %99, %142
  br label %170

170:                                              ; preds = %169, %176
  %171 = phi i64 [ %177, %176 ], [ 0, %169 ]
  %172 = getelementptr inbounds nuw double, ptr %5, i64 %171
  %173 = getelementptr inbounds nuw [400 x double], ptr %0, i64 %171
  %174 = load double, ptr %172, align 8, !tbaa !9
  br label %179

175:                                              ; preds = %176
  ret void

176:                                              ; preds = %179
  %177 = add nuw nsw i64 %171, 1
  %178 = icmp eq i64 %177, 400
  br i1 %178, label %175, label %170, !llvm.loop !41

179:                                              ; preds = %179, %170
  %180 = phi i64 [ 0, %170 ], [ %195, %179 ]
  %181 = phi double [ %174, %170 ], [ %194, %179 ]
  %182 = getelementptr inbounds nuw double, ptr %173, i64 %180
  %183 = load double, ptr %182, align 8, !tbaa !9
  %184 = fmul double %183, 1.500000e+00
  %185 = getelementptr inbounds nuw double, ptr %6, i64 %180
  %186 = load double, ptr %185, align 8, !tbaa !9
  %187 = tail call double @llvm.fmuladd.f64(double %184, double %186, double %181)
  store double %187, ptr %172, align 8, !tbaa !9
  %188 = or disjoint i64 %180, 1
  %189 = getelementptr inbounds nuw double, ptr %173, i64 %188
  %190 = load double, ptr %189, align 8, !tbaa !9
  %191 = fmul double %190, 1.500000e+00
  %192 = getelementptr inbounds nuw double, ptr %6, i64 %188
  %193 = load double, ptr %192, align 8, !tbaa !9
  %194 = tail call double @llvm.fmuladd.f64(double %191, double %193, double %187)
  store double %194, ptr %172, align 8, !tbaa !9
  %195 = add nuw nsw i64 %180, 2
  %196 = icmp eq i64 %195, 400
  br i1 %196, label %176, label %179, !llvm.loop !42
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = !{!18}
!18 = distinct !{!18, !19}
!19 = distinct !{!19, !"LVerDomain"}
!20 = !{!21}
!21 = distinct !{!21, !19}
!22 = !{!23}
!23 = distinct !{!23, !19}
!24 = !{!21, !25, !18, !26}
!25 = distinct !{!25, !19}
!26 = distinct !{!26, !19}
!27 = !{!25}
!28 = !{!26}
!29 = distinct !{!29, !12, !13, !14}
!30 = distinct !{!30, !12}
!31 = distinct !{!31, !12, !13}
!32 = distinct !{!32, !12}
!33 = !{!34}
!34 = distinct !{!34, !35}
!35 = distinct !{!35, !"LVerDomain"}
!36 = !{!37}
!37 = distinct !{!37, !35}
!38 = distinct !{!38, !12, !13, !14}
!39 = distinct !{!39, !12}
!40 = distinct !{!40, !12, !13}
!41 = distinct !{!41, !12}
!42 = distinct !{!42, !12}
