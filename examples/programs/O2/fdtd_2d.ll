; ModuleID = 'fdtd_2d.c'
source_filename = "fdtd_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [26 x i8] c"sum %.12e hz[1][2] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #7
  %2 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #7
  %3 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #7
  %4 = tail call noalias dereferenceable_or_null(160) ptr @malloc(i64 noundef 160) #7
  store <2 x double> <double 0.000000e+00, double 1.000000e+00>, ptr %4, align 8, !tbaa !9
  %5 = getelementptr inbounds nuw i8, ptr %4, i64 16
  store <2 x double> <double 2.000000e+00, double 3.000000e+00>, ptr %5, align 8, !tbaa !9
  %6 = getelementptr inbounds nuw i8, ptr %4, i64 32
  store <2 x double> <double 4.000000e+00, double 5.000000e+00>, ptr %6, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %4, i64 48
  store <2 x double> <double 6.000000e+00, double 7.000000e+00>, ptr %7, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %4, i64 64
  store <2 x double> <double 8.000000e+00, double 9.000000e+00>, ptr %8, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %4, i64 80
  store <2 x double> <double 1.000000e+01, double 1.100000e+01>, ptr %9, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %4, i64 96
  store <2 x double> <double 1.200000e+01, double 1.300000e+01>, ptr %10, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw i8, ptr %4, i64 112
  store <2 x double> <double 1.400000e+01, double 1.500000e+01>, ptr %11, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %4, i64 128
  store <2 x double> <double 1.600000e+01, double 1.700000e+01>, ptr %12, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw i8, ptr %4, i64 144
  store <2 x double> <double 1.800000e+01, double 1.900000e+01>, ptr %13, align 8, !tbaa !9
  br label %14

14:                                               ; preds = %0, %46
  %15 = phi i64 [ 0, %0 ], [ %47, %46 ]
  %16 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %15
  %17 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %15
  %18 = getelementptr inbounds nuw [240 x double], ptr %3, i64 %15
  %19 = insertelement <2 x i64> poison, i64 %15, i64 0
  %20 = shufflevector <2 x i64> %19, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %21

21:                                               ; preds = %21, %14
  %22 = phi i64 [ 0, %14 ], [ %42, %21 ]
  %23 = phi <2 x i64> [ <i64 0, i64 1>, %14 ], [ %43, %21 ]
  %24 = add nuw nsw <2 x i64> %23, splat (i64 1)
  %25 = mul nuw nsw <2 x i64> %24, %20
  %26 = trunc nuw nsw <2 x i64> %25 to <2 x i32>
  %27 = uitofp nneg <2 x i32> %26 to <2 x double>
  %28 = fdiv <2 x double> %27, splat (double 2.000000e+02)
  %29 = getelementptr inbounds nuw double, ptr %16, i64 %22
  store <2 x double> %28, ptr %29, align 8, !tbaa !9
  %30 = add nuw nsw <2 x i64> %23, splat (i64 2)
  %31 = mul nuw nsw <2 x i64> %30, %20
  %32 = trunc nuw nsw <2 x i64> %31 to <2 x i32>
  %33 = uitofp nneg <2 x i32> %32 to <2 x double>
  %34 = fdiv <2 x double> %33, splat (double 2.400000e+02)
  %35 = getelementptr inbounds nuw double, ptr %17, i64 %22
  store <2 x double> %34, ptr %35, align 8, !tbaa !9
  %36 = add nuw nsw <2 x i64> %23, splat (i64 3)
  %37 = mul nuw nsw <2 x i64> %36, %20
  %38 = trunc nuw nsw <2 x i64> %37 to <2 x i32>
  %39 = uitofp nneg <2 x i32> %38 to <2 x double>
  %40 = fdiv <2 x double> %39, splat (double 2.000000e+02)
  %41 = getelementptr inbounds nuw double, ptr %18, i64 %22
  store <2 x double> %40, ptr %41, align 8, !tbaa !9
  %42 = add nuw i64 %22, 2
  %43 = add nuw nsw <2 x i64> %23, splat (i64 2)
  %44 = icmp eq i64 %42, 240
  br i1 %44, label %46, label %21, !llvm.loop !11

45:                                               ; preds = %46
  tail call fastcc void @kernel_fdtd_2d(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull %3, ptr noundef nonnull %4)
  br label %49

46:                                               ; preds = %21
  %47 = add nuw nsw i64 %15, 1
  %48 = icmp eq i64 %47, 200
  br i1 %48, label %45, label %14, !llvm.loop !15

49:                                               ; preds = %45, %59
  %50 = phi i64 [ 0, %45 ], [ %60, %59 ]
  %51 = phi double [ 0.000000e+00, %45 ], [ %93, %59 ]
  %52 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %50
  %53 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %50
  %54 = getelementptr inbounds nuw [240 x double], ptr %3, i64 %50
  br label %62

55:                                               ; preds = %59
  %56 = getelementptr inbounds nuw i8, ptr %3, i64 1936
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %93, double noundef %57)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  tail call void @free(ptr noundef %4) #8
  ret i32 0

59:                                               ; preds = %62
  %60 = add nuw nsw i64 %50, 1
  %61 = icmp eq i64 %60, 200
  br i1 %61, label %55, label %49, !llvm.loop !16

62:                                               ; preds = %62, %49
  %63 = phi i64 [ 0, %49 ], [ %94, %62 ]
  %64 = phi double [ %51, %49 ], [ %93, %62 ]
  %65 = getelementptr inbounds nuw double, ptr %52, i64 %63
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw double, ptr %53, i64 %63
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = fadd double %66, %68
  %70 = getelementptr inbounds nuw double, ptr %54, i64 %63
  %71 = load double, ptr %70, align 8, !tbaa !9
  %72 = fadd double %69, %71
  %73 = fadd double %64, %72
  %74 = add nuw nsw i64 %63, 1
  %75 = getelementptr inbounds nuw double, ptr %52, i64 %74
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = getelementptr inbounds nuw double, ptr %53, i64 %74
  %78 = load double, ptr %77, align 8, !tbaa !9
  %79 = fadd double %76, %78
  %80 = getelementptr inbounds nuw double, ptr %54, i64 %74
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = fadd double %79, %81
  %83 = fadd double %73, %82
  %84 = add nuw nsw i64 %63, 2
  %85 = getelementptr inbounds nuw double, ptr %52, i64 %84
  %86 = load double, ptr %85, align 8, !tbaa !9
  %87 = getelementptr inbounds nuw double, ptr %53, i64 %84
  %88 = load double, ptr %87, align 8, !tbaa !9
  %89 = fadd double %86, %88
  %90 = getelementptr inbounds nuw double, ptr %54, i64 %84
  %91 = load double, ptr %90, align 8, !tbaa !9
  %92 = fadd double %89, %91
  %93 = fadd double %83, %92
  %94 = add nuw nsw i64 %63, 3
  %95 = icmp eq i64 %94, 240
  br i1 %95, label %59, label %62, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_fdtd_2d(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3) unnamed_addr #2 {
  %5 = getelementptr i8, ptr %2, i64 382072
  %6 = getelementptr i8, ptr %0, i64 382080
  %7 = getelementptr i8, ptr %1, i64 383992
  %8 = getelementptr i8, ptr %0, i64 8
  %9 = getelementptr i8, ptr %0, i64 384000
  %10 = getelementptr i8, ptr %2, i64 384000
  %11 = getelementptr i8, ptr %1, i64 1920
  %12 = getelementptr i8, ptr %1, i64 384000
  %13 = icmp ult ptr %11, %10
  %14 = icmp ult ptr %2, %12
  %15 = and i1 %13, %14
  %16 = icmp ult ptr %8, %10
  %17 = icmp ult ptr %2, %9
  %18 = and i1 %16, %17
  %19 = icmp ult ptr %2, %6
  %20 = icmp ult ptr %0, %5
  %21 = and i1 %19, %20
  %22 = icmp ult ptr %2, %7
  %23 = icmp ult ptr %1, %5
  %24 = and i1 %22, %23
  %25 = or i1 %21, %24
  br label %26

26:                                               ; preds = %219, %4
  %27 = phi i64 [ 0, %4 ], [ %220, %219 ]
  %28 = getelementptr inbounds nuw double, ptr %3, i64 %27
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = insertelement <2 x double> poison, double %29, i64 0
  %31 = shufflevector <2 x double> %30, <2 x double> poison, <2 x i32> zeroinitializer
  br label %32

32:                                               ; preds = %32, %26
  %33 = phi i64 [ 0, %26 ], [ %51, %32 ]
  %34 = getelementptr inbounds nuw double, ptr %1, i64 %33
  %35 = getelementptr inbounds nuw i8, ptr %34, i64 16
  store <2 x double> %31, ptr %34, align 8, !tbaa !9
  store <2 x double> %31, ptr %35, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw double, ptr %1, i64 %33
  %37 = getelementptr inbounds nuw i8, ptr %36, i64 32
  %38 = getelementptr inbounds nuw i8, ptr %36, i64 48
  store <2 x double> %31, ptr %37, align 8, !tbaa !9
  store <2 x double> %31, ptr %38, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw double, ptr %1, i64 %33
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 64
  %41 = getelementptr inbounds nuw i8, ptr %39, i64 80
  store <2 x double> %31, ptr %40, align 8, !tbaa !9
  store <2 x double> %31, ptr %41, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw double, ptr %1, i64 %33
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 96
  %44 = getelementptr inbounds nuw i8, ptr %42, i64 112
  store <2 x double> %31, ptr %43, align 8, !tbaa !9
  store <2 x double> %31, ptr %44, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw double, ptr %1, i64 %33
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 128
  %47 = getelementptr inbounds nuw i8, ptr %45, i64 144
  store <2 x double> %31, ptr %46, align 8, !tbaa !9
  store <2 x double> %31, ptr %47, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw double, ptr %1, i64 %33
  %49 = getelementptr inbounds nuw i8, ptr %48, i64 160
  %50 = getelementptr inbounds nuw i8, ptr %48, i64 176
  store <2 x double> %31, ptr %49, align 8, !tbaa !9
  store <2 x double> %31, ptr %50, align 8, !tbaa !9
  %51 = add nuw nsw i64 %33, 24
  %52 = icmp eq i64 %51, 240
  br i1 %52, label %54, label %32, !llvm.loop !18

53:                                               ; preds = %219
  ret void

54:                                               ; preds = %32, %79
  %55 = phi i64 [ %80, %79 ], [ 1, %32 ]
  %56 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %55
  %57 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %55
  %58 = getelementptr i8, ptr %57, i64 -1920
  br i1 %15, label %82, label %59

59:                                               ; preds = %54, %59
  %60 = phi i64 [ %77, %59 ], [ 0, %54 ]
  %61 = getelementptr inbounds nuw double, ptr %56, i64 %60
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 16
  %63 = load <2 x double>, ptr %61, align 8, !tbaa !9, !alias.scope !19, !noalias !22
  %64 = load <2 x double>, ptr %62, align 8, !tbaa !9, !alias.scope !19, !noalias !22
  %65 = getelementptr inbounds nuw double, ptr %57, i64 %60
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 16
  %67 = load <2 x double>, ptr %65, align 8, !tbaa !9, !alias.scope !22
  %68 = load <2 x double>, ptr %66, align 8, !tbaa !9, !alias.scope !22
  %69 = getelementptr inbounds nuw double, ptr %58, i64 %60
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 16
  %71 = load <2 x double>, ptr %69, align 8, !tbaa !9, !alias.scope !22
  %72 = load <2 x double>, ptr %70, align 8, !tbaa !9, !alias.scope !22
  %73 = fsub <2 x double> %67, %71
  %74 = fsub <2 x double> %68, %72
  %75 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %73, <2 x double> splat (double -5.000000e-01), <2 x double> %63)
  %76 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %74, <2 x double> splat (double -5.000000e-01), <2 x double> %64)
  store <2 x double> %75, ptr %61, align 8, !tbaa !9, !alias.scope !19, !noalias !22
  store <2 x double> %76, ptr %62, align 8, !tbaa !9, !alias.scope !19, !noalias !22
  %77 = add nuw i64 %60, 4
  %78 = icmp eq i64 %77, 240
  br i1 %78, label %79, label %59, !llvm.loop !24

79:                                               ; preds = %59, %82
  %80 = add nuw nsw i64 %55, 1
  %81 = icmp eq i64 %80, 200
  br i1 %81, label %103, label %54, !llvm.loop !25

82:                                               ; preds = %54, %82
  %83 = phi i64 [ %101, %82 ], [ 0, %54 ]
  %84 = getelementptr inbounds nuw double, ptr %56, i64 %83
  %85 = load double, ptr %84, align 8, !tbaa !9
  %86 = getelementptr inbounds nuw double, ptr %57, i64 %83
  %87 = load double, ptr %86, align 8, !tbaa !9
  %88 = getelementptr inbounds nuw double, ptr %58, i64 %83
  %89 = load double, ptr %88, align 8, !tbaa !9
  %90 = fsub double %87, %89
  %91 = tail call double @llvm.fmuladd.f64(double %90, double -5.000000e-01, double %85)
  store double %91, ptr %84, align 8, !tbaa !9
  %92 = or disjoint i64 %83, 1
  %93 = getelementptr inbounds nuw double, ptr %56, i64 %92
  %94 = load double, ptr %93, align 8, !tbaa !9
  %95 = getelementptr inbounds nuw double, ptr %57, i64 %92
  %96 = load double, ptr %95, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw double, ptr %58, i64 %92
  %98 = load double, ptr %97, align 8, !tbaa !9
  %99 = fsub double %96, %98
  %100 = tail call double @llvm.fmuladd.f64(double %99, double -5.000000e-01, double %94)
  store double %100, ptr %93, align 8, !tbaa !9
  %101 = add nuw nsw i64 %83, 2
  %102 = icmp eq i64 %101, 240
  br i1 %102, label %79, label %82, !llvm.loop !26

103:                                              ; preds = %79, %139
  %104 = phi i64 [ %140, %139 ], [ 0, %79 ]
  %105 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %104
  %106 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %104
  br i1 %18, label %107, label %118

107:                                              ; preds = %118, %103
  %108 = phi i64 [ 1, %103 ], [ 237, %118 ]
  %109 = getelementptr inbounds nuw double, ptr %105, i64 %108
  %110 = load double, ptr %109, align 8, !tbaa !9
  %111 = getelementptr inbounds nuw double, ptr %106, i64 %108
  %112 = load double, ptr %111, align 8, !tbaa !9
  %113 = getelementptr i8, ptr %111, i64 -8
  %114 = load double, ptr %113, align 8, !tbaa !9
  %115 = fsub double %112, %114
  %116 = tail call double @llvm.fmuladd.f64(double %115, double -5.000000e-01, double %110)
  store double %116, ptr %109, align 8, !tbaa !9
  %117 = add nuw nsw i64 %108, 1
  br label %142

118:                                              ; preds = %103, %118
  %119 = phi i64 [ %137, %118 ], [ 0, %103 ]
  %120 = or disjoint i64 %119, 1
  %121 = getelementptr inbounds nuw double, ptr %105, i64 %120
  %122 = getelementptr inbounds nuw i8, ptr %121, i64 16
  %123 = load <2 x double>, ptr %121, align 8, !tbaa !9, !alias.scope !27, !noalias !30
  %124 = load <2 x double>, ptr %122, align 8, !tbaa !9, !alias.scope !27, !noalias !30
  %125 = getelementptr inbounds nuw double, ptr %106, i64 %120
  %126 = getelementptr inbounds nuw i8, ptr %125, i64 16
  %127 = load <2 x double>, ptr %125, align 8, !tbaa !9, !alias.scope !30
  %128 = load <2 x double>, ptr %126, align 8, !tbaa !9, !alias.scope !30
  %129 = getelementptr i8, ptr %125, i64 -8
  %130 = getelementptr i8, ptr %125, i64 8
  %131 = load <2 x double>, ptr %129, align 8, !tbaa !9, !alias.scope !30
  %132 = load <2 x double>, ptr %130, align 8, !tbaa !9, !alias.scope !30
  %133 = fsub <2 x double> %127, %131
  %134 = fsub <2 x double> %128, %132
  %135 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %133, <2 x double> splat (double -5.000000e-01), <2 x double> %123)
  %136 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %134, <2 x double> splat (double -5.000000e-01), <2 x double> %124)
  store <2 x double> %135, ptr %121, align 8, !tbaa !9, !alias.scope !27, !noalias !30
  store <2 x double> %136, ptr %122, align 8, !tbaa !9, !alias.scope !27, !noalias !30
  %137 = add nuw i64 %119, 4
  %138 = icmp eq i64 %137, 236
  br i1 %138, label %107, label %118, !llvm.loop !32

139:                                              ; preds = %142
  %140 = add nuw nsw i64 %104, 1
  %141 = icmp eq i64 %140, 200
  br i1 %141, label %163, label %103, !llvm.loop !33

142:                                              ; preds = %142, %107
  %143 = phi i64 [ %117, %107 ], [ %161, %142 ]
  %144 = getelementptr inbounds nuw double, ptr %105, i64 %143
  %145 = load double, ptr %144, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw double, ptr %106, i64 %143
  %147 = load double, ptr %146, align 8, !tbaa !9
  %148 = getelementptr i8, ptr %146, i64 -8
  %149 = load double, ptr %148, align 8, !tbaa !9
  %150 = fsub double %147, %149
  %151 = tail call double @llvm.fmuladd.f64(double %150, double -5.000000e-01, double %145)
  store double %151, ptr %144, align 8, !tbaa !9
  %152 = add nuw nsw i64 %143, 1
  %153 = getelementptr inbounds nuw double, ptr %105, i64 %152
  %154 = load double, ptr %153, align 8, !tbaa !9
  %155 = getelementptr inbounds nuw double, ptr %106, i64 %152
  %156 = load double, ptr %155, align 8, !tbaa !9
  %157 = getelementptr i8, ptr %155, i64 -8
  %158 = load double, ptr %157, align 8, !tbaa !9
  %159 = fsub double %156, %158
  %160 = tail call double @llvm.fmuladd.f64(double %159, double -5.000000e-01, double %154)
  store double %160, ptr %153, align 8, !tbaa !9
  %161 = add nuw nsw i64 %143, 2
  %162 = icmp eq i64 %161, 240
  br i1 %162, label %139, label %142, !llvm.loop !34

163:                                              ; preds = %139, %222
  %164 = phi i64 [ %223, %222 ], [ 0, %139 ]
  %165 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %164
  %166 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %164
  %167 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %164
  %168 = getelementptr inbounds nuw i8, ptr %167, i64 1920
  br i1 %25, label %169, label %186

169:                                              ; preds = %186, %163
  %170 = phi i64 [ 0, %163 ], [ 236, %186 ]
  %171 = getelementptr inbounds nuw double, ptr %165, i64 %170
  %172 = load double, ptr %171, align 8, !tbaa !9
  %173 = or disjoint i64 %170, 1
  %174 = getelementptr inbounds nuw double, ptr %166, i64 %173
  %175 = load double, ptr %174, align 8, !tbaa !9
  %176 = getelementptr inbounds nuw double, ptr %166, i64 %170
  %177 = load double, ptr %176, align 8, !tbaa !9
  %178 = fsub double %175, %177
  %179 = getelementptr inbounds nuw double, ptr %168, i64 %170
  %180 = load double, ptr %179, align 8, !tbaa !9
  %181 = fadd double %178, %180
  %182 = getelementptr inbounds nuw double, ptr %167, i64 %170
  %183 = load double, ptr %182, align 8, !tbaa !9
  %184 = fsub double %181, %183
  %185 = tail call double @llvm.fmuladd.f64(double %184, double 0xBFE6666666666666, double %172)
  store double %185, ptr %171, align 8, !tbaa !9
  br label %225

186:                                              ; preds = %163, %186
  %187 = phi i64 [ %217, %186 ], [ 0, %163 ]
  %188 = getelementptr inbounds nuw double, ptr %165, i64 %187
  %189 = getelementptr inbounds nuw i8, ptr %188, i64 16
  %190 = load <2 x double>, ptr %188, align 8, !tbaa !9, !alias.scope !35, !noalias !38
  %191 = load <2 x double>, ptr %189, align 8, !tbaa !9, !alias.scope !35, !noalias !38
  %192 = getelementptr inbounds nuw double, ptr %166, i64 %187
  %193 = getelementptr inbounds nuw i8, ptr %192, i64 8
  %194 = getelementptr inbounds nuw i8, ptr %192, i64 24
  %195 = load <2 x double>, ptr %193, align 8, !tbaa !9, !alias.scope !41
  %196 = load <2 x double>, ptr %194, align 8, !tbaa !9, !alias.scope !41
  %197 = getelementptr inbounds nuw double, ptr %166, i64 %187
  %198 = getelementptr inbounds nuw i8, ptr %197, i64 16
  %199 = load <2 x double>, ptr %197, align 8, !tbaa !9, !alias.scope !41
  %200 = load <2 x double>, ptr %198, align 8, !tbaa !9, !alias.scope !41
  %201 = fsub <2 x double> %195, %199
  %202 = fsub <2 x double> %196, %200
  %203 = getelementptr inbounds nuw double, ptr %168, i64 %187
  %204 = getelementptr inbounds nuw i8, ptr %203, i64 16
  %205 = load <2 x double>, ptr %203, align 8, !tbaa !9, !alias.scope !42
  %206 = load <2 x double>, ptr %204, align 8, !tbaa !9, !alias.scope !42
  %207 = fadd <2 x double> %201, %205
  %208 = fadd <2 x double> %202, %206
  %209 = getelementptr inbounds nuw double, ptr %167, i64 %187
  %210 = getelementptr inbounds nuw i8, ptr %209, i64 16
  %211 = load <2 x double>, ptr %209, align 8, !tbaa !9, !alias.scope !42
  %212 = load <2 x double>, ptr %210, align 8, !tbaa !9, !alias.scope !42
  %213 = fsub <2 x double> %207, %211
  %214 = fsub <2 x double> %208, %212
  %215 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %213, <2 x double> splat (double 0xBFE6666666666666), <2 x double> %190)
  %216 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %214, <2 x double> splat (double 0xBFE6666666666666), <2 x double> %191)
  store <2 x double> %215, ptr %188, align 8, !tbaa !9, !alias.scope !35, !noalias !38
  store <2 x double> %216, ptr %189, align 8, !tbaa !9, !alias.scope !35, !noalias !38
  %217 = add nuw i64 %187, 4
  %218 = icmp eq i64 %217, 236
  br i1 %218, label %169, label %186, !llvm.loop !43

219:                                              ; preds = %222
  %220 = add nuw nsw i64 %27, 1
  %221 = icmp eq i64 %220, 20
  br i1 %221, label %53, label %26, !llvm.loop !44

222:                                              ; preds = %225
  %223 = add nuw nsw i64 %164, 1
  %224 = icmp eq i64 %223, 199
  br i1 %224, label %219, label %163, !llvm.loop !45

225:                                              ; preds = %225, %169
  %226 = phi i64 [ %173, %169 ], [ %244, %225 ]
  %227 = getelementptr inbounds nuw double, ptr %165, i64 %226
  %228 = load double, ptr %227, align 8, !tbaa !9
  %229 = add nuw nsw i64 %226, 1
  %230 = getelementptr inbounds nuw double, ptr %166, i64 %229
  %231 = load double, ptr %230, align 8, !tbaa !9
  %232 = getelementptr inbounds nuw double, ptr %166, i64 %226
  %233 = load double, ptr %232, align 8, !tbaa !9
  %234 = fsub double %231, %233
  %235 = getelementptr inbounds nuw double, ptr %168, i64 %226
  %236 = load double, ptr %235, align 8, !tbaa !9
  %237 = fadd double %234, %236
  %238 = getelementptr inbounds nuw double, ptr %167, i64 %226
  %239 = load double, ptr %238, align 8, !tbaa !9
  %240 = fsub double %237, %239
  %241 = tail call double @llvm.fmuladd.f64(double %240, double 0xBFE6666666666666, double %228)
  store double %241, ptr %227, align 8, !tbaa !9
  %242 = getelementptr inbounds nuw double, ptr %165, i64 %229
  %243 = load double, ptr %242, align 8, !tbaa !9
  %244 = add nuw nsw i64 %226, 2
  %245 = getelementptr inbounds nuw double, ptr %166, i64 %244
  %246 = load double, ptr %245, align 8, !tbaa !9
  %247 = getelementptr inbounds nuw double, ptr %166, i64 %229
  %248 = load double, ptr %247, align 8, !tbaa !9
  %249 = fsub double %246, %248
  %250 = getelementptr inbounds nuw double, ptr %168, i64 %229
  %251 = load double, ptr %250, align 8, !tbaa !9
  %252 = fadd double %249, %251
  %253 = getelementptr inbounds nuw double, ptr %167, i64 %229
  %254 = load double, ptr %253, align 8, !tbaa !9
  %255 = fsub double %252, %254
  %256 = tail call double @llvm.fmuladd.f64(double %255, double 0xBFE6666666666666, double %243)
  store double %256, ptr %242, align 8, !tbaa !9
  %257 = icmp eq i64 %244, 239
  br i1 %257, label %222, label %225, !llvm.loop !46
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
!18 = distinct !{!18, !12, !13, !14}
!19 = !{!20}
!20 = distinct !{!20, !21}
!21 = distinct !{!21, !"LVerDomain"}
!22 = !{!23}
!23 = distinct !{!23, !21}
!24 = distinct !{!24, !12, !13, !14}
!25 = distinct !{!25, !12}
!26 = distinct !{!26, !12, !13}
!27 = !{!28}
!28 = distinct !{!28, !29}
!29 = distinct !{!29, !"LVerDomain"}
!30 = !{!31}
!31 = distinct !{!31, !29}
!32 = distinct !{!32, !12, !13, !14}
!33 = distinct !{!33, !12}
!34 = distinct !{!34, !12, !13}
!35 = !{!36}
!36 = distinct !{!36, !37}
!37 = distinct !{!37, !"LVerDomain"}
!38 = !{!39, !40}
!39 = distinct !{!39, !37}
!40 = distinct !{!40, !37}
!41 = !{!39}
!42 = !{!40}
!43 = distinct !{!43, !12, !13, !14}
!44 = distinct !{!44, !12}
!45 = distinct !{!45, !12}
!46 = distinct !{!46, !12, !13}
