; ModuleID = 'heat_3d.c'
source_filename = "heat_3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"sum %.12e A[3][4][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1728000) ptr @malloc(i64 noundef 1728000) #7
  %2 = tail call noalias dereferenceable_or_null(1728000) ptr @malloc(i64 noundef 1728000) #7
  br label %3

3:                                                ; preds = %0, %38
  %4 = phi i64 [ 0, %0 ], [ %39, %38 ]
  %5 = add nuw nsw i64 %4, 60
  %6 = getelementptr inbounds nuw [60 x [60 x double]], ptr %2, i64 %4
  %7 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %4
  br label %9

8:                                                ; preds = %38
  tail call fastcc void @kernel_heat_3d(ptr noundef nonnull %1, ptr noundef nonnull %2)
  br label %44

9:                                                ; preds = %3, %41
  %10 = phi i64 [ 0, %3 ], [ %42, %41 ]
  %11 = getelementptr inbounds nuw [60 x double], ptr %6, i64 %10
  %12 = getelementptr inbounds nuw [60 x double], ptr %7, i64 %10
  %13 = add nuw nsw i64 %5, %10
  %14 = insertelement <2 x i64> poison, i64 %13, i64 0
  %15 = shufflevector <2 x i64> %14, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %16

16:                                               ; preds = %16, %9
  %17 = phi i64 [ 0, %9 ], [ %35, %16 ]
  %18 = phi <2 x i64> [ <i64 0, i64 1>, %9 ], [ %36, %16 ]
  %19 = sub nuw nsw <2 x i64> %15, %18
  %20 = trunc nuw nsw <2 x i64> %19 to <2 x i32>
  %21 = sitofp <2 x i32> %20 to <2 x double>
  %22 = fmul <2 x double> %21, splat (double 1.000000e+01)
  %23 = fdiv <2 x double> %22, splat (double 6.000000e+01)
  %24 = getelementptr inbounds nuw double, ptr %11, i64 %17
  store <2 x double> %23, ptr %24, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %12, i64 %17
  store <2 x double> %23, ptr %25, align 8, !tbaa !9
  %26 = or disjoint i64 %17, 2
  %27 = add nuw nsw <2 x i64> %18, splat (i64 2)
  %28 = sub nuw nsw <2 x i64> %15, %27
  %29 = trunc nuw nsw <2 x i64> %28 to <2 x i32>
  %30 = sitofp <2 x i32> %29 to <2 x double>
  %31 = fmul <2 x double> %30, splat (double 1.000000e+01)
  %32 = fdiv <2 x double> %31, splat (double 6.000000e+01)
  %33 = getelementptr inbounds nuw double, ptr %11, i64 %26
  store <2 x double> %32, ptr %33, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw double, ptr %12, i64 %26
  store <2 x double> %32, ptr %34, align 8, !tbaa !9
  %35 = add nuw nsw i64 %17, 4
  %36 = add nuw nsw <2 x i64> %18, splat (i64 4)
  %37 = icmp eq i64 %35, 60
  br i1 %37, label %41, label %16, !llvm.loop !11

38:                                               ; preds = %41
  %39 = add nuw nsw i64 %4, 1
  %40 = icmp eq i64 %39, 60
  br i1 %40, label %8, label %3, !llvm.loop !15

41:                                               ; preds = %16
  %42 = add nuw nsw i64 %10, 1
  %43 = icmp eq i64 %42, 60
  br i1 %43, label %38, label %9, !llvm.loop !16

44:                                               ; preds = %8, %56
  %45 = phi i64 [ 0, %8 ], [ %57, %56 ]
  %46 = phi double [ 0.000000e+00, %8 ], [ %87, %56 ]
  %47 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %45
  br label %52

48:                                               ; preds = %56
  %49 = getelementptr inbounds nuw i8, ptr %1, i64 88360
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %87, double noundef %50)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef %2) #8
  ret i32 0

52:                                               ; preds = %44, %59
  %53 = phi i64 [ 0, %44 ], [ %60, %59 ]
  %54 = phi double [ %46, %44 ], [ %87, %59 ]
  %55 = getelementptr inbounds nuw [60 x double], ptr %47, i64 %53
  br label %62

56:                                               ; preds = %59
  %57 = add nuw nsw i64 %45, 1
  %58 = icmp eq i64 %57, 60
  br i1 %58, label %48, label %44, !llvm.loop !17

59:                                               ; preds = %62
  %60 = add nuw nsw i64 %53, 1
  %61 = icmp eq i64 %60, 60
  br i1 %61, label %56, label %52, !llvm.loop !18

62:                                               ; preds = %62, %52
  %63 = phi i64 [ 0, %52 ], [ %88, %62 ]
  %64 = phi double [ %54, %52 ], [ %87, %62 ]
  %65 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = fadd double %64, %66
  %68 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %69 = getelementptr inbounds nuw i8, ptr %68, i64 8
  %70 = load double, ptr %69, align 8, !tbaa !9
  %71 = fadd double %67, %70
  %72 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %73 = getelementptr inbounds nuw i8, ptr %72, i64 16
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = fadd double %71, %74
  %76 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %77 = getelementptr inbounds nuw i8, ptr %76, i64 24
  %78 = load double, ptr %77, align 8, !tbaa !9
  %79 = fadd double %75, %78
  %80 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %81 = getelementptr inbounds nuw i8, ptr %80, i64 32
  %82 = load double, ptr %81, align 8, !tbaa !9
  %83 = fadd double %79, %82
  %84 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %85 = getelementptr inbounds nuw i8, ptr %84, i64 40
  %86 = load double, ptr %85, align 8, !tbaa !9
  %87 = fadd double %83, %86
  %88 = add nuw nsw i64 %63, 6
  %89 = icmp eq i64 %88, 60
  br i1 %89, label %59, label %62, !llvm.loop !19
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_heat_3d(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %119
  %4 = phi i32 [ 1, %2 ], [ %120, %119 ]
  br label %6

5:                                                ; preds = %119
  ret void

6:                                                ; preds = %3, %64
  %7 = phi i64 [ 0, %3 ], [ %67, %64 ]
  %8 = phi i64 [ 1, %3 ], [ %65, %64 ]
  %9 = mul nuw nsw i64 %7, 28800
  %10 = getelementptr i8, ptr %1, i64 %9
  %11 = getelementptr i8, ptr %10, i64 29288
  %12 = getelementptr i8, ptr %1, i64 %9
  %13 = getelementptr i8, ptr %12, i64 57112
  %14 = getelementptr i8, ptr %0, i64 %9
  %15 = getelementptr i8, ptr %14, i64 488
  %16 = getelementptr i8, ptr %0, i64 %9
  %17 = getelementptr i8, ptr %16, i64 85912
  %18 = getelementptr inbounds nuw [60 x [60 x double]], ptr %0, i64 %8
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 28800
  %20 = getelementptr i8, ptr %18, i64 -28800
  %21 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %8
  %22 = icmp ult ptr %11, %17
  %23 = icmp ult ptr %15, %13
  %24 = and i1 %22, %23
  br label %25

25:                                               ; preds = %6, %68
  %26 = phi i64 [ 1, %6 ], [ %69, %68 ]
  %27 = getelementptr inbounds nuw [60 x double], ptr %19, i64 %26
  %28 = getelementptr inbounds nuw [60 x double], ptr %18, i64 %26
  %29 = getelementptr inbounds nuw [60 x double], ptr %20, i64 %26
  %30 = getelementptr inbounds nuw i8, ptr %28, i64 480
  %31 = getelementptr i8, ptr %28, i64 -480
  %32 = getelementptr inbounds nuw [60 x double], ptr %21, i64 %26
  br i1 %24, label %71, label %33

33:                                               ; preds = %25, %33
  %34 = phi i64 [ %62, %33 ], [ 0, %25 ]
  %35 = or disjoint i64 %34, 1
  %36 = getelementptr inbounds nuw double, ptr %27, i64 %35
  %37 = load <2 x double>, ptr %36, align 8, !tbaa !9, !alias.scope !20
  %38 = getelementptr inbounds nuw double, ptr %28, i64 %35
  %39 = load <2 x double>, ptr %38, align 8, !tbaa !9, !alias.scope !20
  %40 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %39, <2 x double> splat (double -2.000000e+00), <2 x double> %37)
  %41 = getelementptr inbounds nuw double, ptr %29, i64 %35
  %42 = load <2 x double>, ptr %41, align 8, !tbaa !9, !alias.scope !20
  %43 = fadd <2 x double> %40, %42
  %44 = getelementptr inbounds nuw double, ptr %30, i64 %35
  %45 = load <2 x double>, ptr %44, align 8, !tbaa !9, !alias.scope !20
  %46 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %39, <2 x double> splat (double -2.000000e+00), <2 x double> %45)
  %47 = getelementptr inbounds nuw double, ptr %31, i64 %35
  %48 = load <2 x double>, ptr %47, align 8, !tbaa !9, !alias.scope !20
  %49 = fadd <2 x double> %46, %48
  %50 = fmul <2 x double> %49, splat (double 1.250000e-01)
  %51 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %43, <2 x double> splat (double 1.250000e-01), <2 x double> %50)
  %52 = getelementptr inbounds nuw double, ptr %28, i64 %34
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 16
  %54 = load <2 x double>, ptr %53, align 8, !tbaa !9, !alias.scope !20
  %55 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %39, <2 x double> splat (double -2.000000e+00), <2 x double> %54)
  %56 = getelementptr i8, ptr %38, i64 -8
  %57 = load <2 x double>, ptr %56, align 8, !tbaa !9, !alias.scope !20
  %58 = fadd <2 x double> %55, %57
  %59 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %58, <2 x double> splat (double 1.250000e-01), <2 x double> %51)
  %60 = fadd <2 x double> %39, %59
  %61 = getelementptr inbounds nuw double, ptr %32, i64 %35
  store <2 x double> %60, ptr %61, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %62 = add nuw i64 %34, 2
  %63 = icmp eq i64 %62, 58
  br i1 %63, label %68, label %33, !llvm.loop !25

64:                                               ; preds = %68
  %65 = add nuw nsw i64 %8, 1
  %66 = icmp eq i64 %65, 59
  %67 = add i64 %7, 1
  br i1 %66, label %100, label %6, !llvm.loop !26

68:                                               ; preds = %33, %71
  %69 = add nuw nsw i64 %26, 1
  %70 = icmp eq i64 %69, 59
  br i1 %70, label %64, label %25, !llvm.loop !27

71:                                               ; preds = %25, %71
  %72 = phi i64 [ %89, %71 ], [ 1, %25 ]
  %73 = getelementptr inbounds nuw double, ptr %27, i64 %72
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw double, ptr %28, i64 %72
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = tail call double @llvm.fmuladd.f64(double %76, double -2.000000e+00, double %74)
  %78 = getelementptr inbounds nuw double, ptr %29, i64 %72
  %79 = load double, ptr %78, align 8, !tbaa !9
  %80 = fadd double %77, %79
  %81 = getelementptr inbounds nuw double, ptr %30, i64 %72
  %82 = load double, ptr %81, align 8, !tbaa !9
  %83 = tail call double @llvm.fmuladd.f64(double %76, double -2.000000e+00, double %82)
  %84 = getelementptr inbounds nuw double, ptr %31, i64 %72
  %85 = load double, ptr %84, align 8, !tbaa !9
  %86 = fadd double %83, %85
  %87 = fmul double %86, 1.250000e-01
  %88 = tail call double @llvm.fmuladd.f64(double %80, double 1.250000e-01, double %87)
  %89 = add nuw nsw i64 %72, 1
  %90 = getelementptr inbounds nuw double, ptr %28, i64 %89
  %91 = load double, ptr %90, align 8, !tbaa !9
  %92 = tail call double @llvm.fmuladd.f64(double %76, double -2.000000e+00, double %91)
  %93 = getelementptr i8, ptr %75, i64 -8
  %94 = load double, ptr %93, align 8, !tbaa !9
  %95 = fadd double %92, %94
  %96 = tail call double @llvm.fmuladd.f64(double %95, double 1.250000e-01, double %88)
  %97 = fadd double %76, %96
  %98 = getelementptr inbounds nuw double, ptr %32, i64 %72
  store double %97, ptr %98, align 8, !tbaa !9
  %99 = icmp eq i64 %89, 59
  br i1 %99, label %68, label %71, !llvm.loop !28

100:                                              ; preds = %64, %161
  %101 = phi i64 [ %164, %161 ], [ 0, %64 ]
  %102 = phi i64 [ %162, %161 ], [ 1, %64 ]
  %103 = mul nuw nsw i64 %101, 28800
  %104 = getelementptr i8, ptr %0, i64 %103
  %105 = getelementptr i8, ptr %104, i64 29288
  %106 = getelementptr i8, ptr %0, i64 %103
  %107 = getelementptr i8, ptr %106, i64 57112
  %108 = getelementptr i8, ptr %1, i64 %103
  %109 = getelementptr i8, ptr %108, i64 488
  %110 = getelementptr i8, ptr %1, i64 %103
  %111 = getelementptr i8, ptr %110, i64 85912
  %112 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %102
  %113 = getelementptr inbounds nuw i8, ptr %112, i64 28800
  %114 = getelementptr i8, ptr %112, i64 -28800
  %115 = getelementptr inbounds nuw [60 x [60 x double]], ptr %0, i64 %102
  %116 = icmp ult ptr %105, %111
  %117 = icmp ult ptr %109, %107
  %118 = and i1 %116, %117
  br label %122

119:                                              ; preds = %161
  %120 = add nuw nsw i32 %4, 1
  %121 = icmp eq i32 %120, 11
  br i1 %121, label %5, label %3, !llvm.loop !29

122:                                              ; preds = %100, %165
  %123 = phi i64 [ 1, %100 ], [ %166, %165 ]
  %124 = getelementptr inbounds nuw [60 x double], ptr %113, i64 %123
  %125 = getelementptr inbounds nuw [60 x double], ptr %112, i64 %123
  %126 = getelementptr inbounds nuw [60 x double], ptr %114, i64 %123
  %127 = getelementptr inbounds nuw i8, ptr %125, i64 480
  %128 = getelementptr i8, ptr %125, i64 -480
  %129 = getelementptr inbounds nuw [60 x double], ptr %115, i64 %123
  br i1 %118, label %168, label %130

130:                                              ; preds = %122, %130
  %131 = phi i64 [ %159, %130 ], [ 0, %122 ]
  %132 = or disjoint i64 %131, 1
  %133 = getelementptr inbounds nuw double, ptr %124, i64 %132
  %134 = load <2 x double>, ptr %133, align 8, !tbaa !9, !alias.scope !30
  %135 = getelementptr inbounds nuw double, ptr %125, i64 %132
  %136 = load <2 x double>, ptr %135, align 8, !tbaa !9, !alias.scope !30
  %137 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %136, <2 x double> splat (double -2.000000e+00), <2 x double> %134)
  %138 = getelementptr inbounds nuw double, ptr %126, i64 %132
  %139 = load <2 x double>, ptr %138, align 8, !tbaa !9, !alias.scope !30
  %140 = fadd <2 x double> %137, %139
  %141 = getelementptr inbounds nuw double, ptr %127, i64 %132
  %142 = load <2 x double>, ptr %141, align 8, !tbaa !9, !alias.scope !30
  %143 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %136, <2 x double> splat (double -2.000000e+00), <2 x double> %142)
  %144 = getelementptr inbounds nuw double, ptr %128, i64 %132
  %145 = load <2 x double>, ptr %144, align 8, !tbaa !9, !alias.scope !30
  %146 = fadd <2 x double> %143, %145
  %147 = fmul <2 x double> %146, splat (double 1.250000e-01)
  %148 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %140, <2 x double> splat (double 1.250000e-01), <2 x double> %147)
  %149 = getelementptr inbounds nuw double, ptr %125, i64 %131
  %150 = getelementptr inbounds nuw i8, ptr %149, i64 16
  %151 = load <2 x double>, ptr %150, align 8, !tbaa !9, !alias.scope !30
  %152 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %136, <2 x double> splat (double -2.000000e+00), <2 x double> %151)
  %153 = getelementptr i8, ptr %135, i64 -8
  %154 = load <2 x double>, ptr %153, align 8, !tbaa !9, !alias.scope !30
  %155 = fadd <2 x double> %152, %154
  %156 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %155, <2 x double> splat (double 1.250000e-01), <2 x double> %148)
  %157 = fadd <2 x double> %136, %156
  %158 = getelementptr inbounds nuw double, ptr %129, i64 %132
  store <2 x double> %157, ptr %158, align 8, !tbaa !9, !alias.scope !33, !noalias !30
  %159 = add nuw i64 %131, 2
  %160 = icmp eq i64 %159, 58
  br i1 %160, label %165, label %130, !llvm.loop !35

161:                                              ; preds = %165
  %162 = add nuw nsw i64 %102, 1
  %163 = icmp eq i64 %162, 59
  %164 = add i64 %101, 1
  br i1 %163, label %119, label %100, !llvm.loop !36

165:                                              ; preds = %130, %168
  %166 = add nuw nsw i64 %123, 1
  %167 = icmp eq i64 %166, 59
  br i1 %167, label %161, label %122, !llvm.loop !37

168:                                              ; preds = %122, %168
  %169 = phi i64 [ %186, %168 ], [ 1, %122 ]
  %170 = getelementptr inbounds nuw double, ptr %124, i64 %169
  %171 = load double, ptr %170, align 8, !tbaa !9
  %172 = getelementptr inbounds nuw double, ptr %125, i64 %169
  %173 = load double, ptr %172, align 8, !tbaa !9
  %174 = tail call double @llvm.fmuladd.f64(double %173, double -2.000000e+00, double %171)
  %175 = getelementptr inbounds nuw double, ptr %126, i64 %169
  %176 = load double, ptr %175, align 8, !tbaa !9
  %177 = fadd double %174, %176
  %178 = getelementptr inbounds nuw double, ptr %127, i64 %169
  %179 = load double, ptr %178, align 8, !tbaa !9
  %180 = tail call double @llvm.fmuladd.f64(double %173, double -2.000000e+00, double %179)
  %181 = getelementptr inbounds nuw double, ptr %128, i64 %169
  %182 = load double, ptr %181, align 8, !tbaa !9
  %183 = fadd double %180, %182
  %184 = fmul double %183, 1.250000e-01
  %185 = tail call double @llvm.fmuladd.f64(double %177, double 1.250000e-01, double %184)
  %186 = add nuw nsw i64 %169, 1
  %187 = getelementptr inbounds nuw double, ptr %125, i64 %186
  %188 = load double, ptr %187, align 8, !tbaa !9
  %189 = tail call double @llvm.fmuladd.f64(double %173, double -2.000000e+00, double %188)
  %190 = getelementptr i8, ptr %172, i64 -8
  %191 = load double, ptr %190, align 8, !tbaa !9
  %192 = fadd double %189, %191
  %193 = tail call double @llvm.fmuladd.f64(double %192, double 1.250000e-01, double %185)
  %194 = fadd double %173, %193
  %195 = getelementptr inbounds nuw double, ptr %129, i64 %169
  store double %194, ptr %195, align 8, !tbaa !9
  %196 = icmp eq i64 %186, 59
  br i1 %196, label %165, label %168, !llvm.loop !38
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
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = !{!21}
!21 = distinct !{!21, !22}
!22 = distinct !{!22, !"LVerDomain"}
!23 = !{!24}
!24 = distinct !{!24, !22}
!25 = distinct !{!25, !12, !13, !14}
!26 = distinct !{!26, !12}
!27 = distinct !{!27, !12}
!28 = distinct !{!28, !12, !13}
!29 = distinct !{!29, !12}
!30 = !{!31}
!31 = distinct !{!31, !32}
!32 = distinct !{!32, !"LVerDomain"}
!33 = !{!34}
!34 = distinct !{!34, !32}
!35 = distinct !{!35, !12, !13, !14}
!36 = distinct !{!36, !12}
!37 = distinct !{!37, !12}
!38 = distinct !{!38, !12, !13}
