; ModuleID = 'doitgen.c'
source_filename = "doitgen.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"sum %.12e A[1][2][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(960000) ptr @malloc(i64 noundef 960000) #6
  %2 = tail call noalias dereferenceable_or_null(28800) ptr @malloc(i64 noundef 28800) #6
  %3 = tail call noalias dereferenceable_or_null(480) ptr @malloc(i64 noundef 480) #6
  br label %4

4:                                                ; preds = %0, %33
  %5 = phi i64 [ 0, %0 ], [ %34, %33 ]
  %6 = getelementptr inbounds nuw [40 x [60 x double]], ptr %1, i64 %5
  br label %7

7:                                                ; preds = %4, %36
  %8 = phi i64 [ 0, %4 ], [ %37, %36 ]
  %9 = getelementptr inbounds nuw [60 x double], ptr %6, i64 %8
  %10 = mul nuw nsw i64 %8, %5
  %11 = insertelement <2 x i64> poison, i64 %10, i64 0
  %12 = shufflevector <2 x i64> %11, <2 x i64> poison, <2 x i32> zeroinitializer
  %13 = add nuw nsw <2 x i64> splat (i64 2), %12
  br label %14

14:                                               ; preds = %14, %7
  %15 = phi i64 [ 0, %7 ], [ %30, %14 ]
  %16 = phi <2 x i64> [ <i64 0, i64 1>, %7 ], [ %31, %14 ]
  %17 = add nuw nsw <2 x i64> %16, %12
  %18 = trunc nuw nsw <2 x i64> %17 to <2 x i32>
  %19 = urem <2 x i32> %18, splat (i32 60)
  %20 = uitofp nneg <2 x i32> %19 to <2 x double>
  %21 = fdiv <2 x double> %20, splat (double 6.000000e+01)
  %22 = getelementptr inbounds nuw double, ptr %9, i64 %15
  store <2 x double> %21, ptr %22, align 8, !tbaa !9
  %23 = add nuw nsw <2 x i64> %16, %13
  %24 = trunc nuw nsw <2 x i64> %23 to <2 x i32>
  %25 = urem <2 x i32> %24, splat (i32 60)
  %26 = uitofp nneg <2 x i32> %25 to <2 x double>
  %27 = fdiv <2 x double> %26, splat (double 6.000000e+01)
  %28 = getelementptr inbounds nuw double, ptr %9, i64 %15
  %29 = getelementptr inbounds nuw i8, ptr %28, i64 16
  store <2 x double> %27, ptr %29, align 8, !tbaa !9
  %30 = add nuw nsw i64 %15, 4
  %31 = add nuw nsw <2 x i64> %16, splat (i64 4)
  %32 = icmp eq i64 %30, 60
  br i1 %32, label %36, label %14, !llvm.loop !11

33:                                               ; preds = %36
  %34 = add nuw nsw i64 %5, 1
  %35 = icmp eq i64 %34, 50
  br i1 %35, label %39, label %4, !llvm.loop !15

36:                                               ; preds = %14
  %37 = add nuw nsw i64 %8, 1
  %38 = icmp eq i64 %37, 40
  br i1 %38, label %33, label %7, !llvm.loop !16

39:                                               ; preds = %33, %57
  %40 = phi i64 [ %58, %57 ], [ 0, %33 ]
  %41 = getelementptr inbounds nuw [60 x double], ptr %2, i64 %40
  %42 = insertelement <2 x i64> poison, i64 %40, i64 0
  %43 = shufflevector <2 x i64> %42, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %44

44:                                               ; preds = %44, %39
  %45 = phi i64 [ 0, %39 ], [ %53, %44 ]
  %46 = phi <2 x i64> [ <i64 0, i64 1>, %39 ], [ %54, %44 ]
  %47 = mul nuw nsw <2 x i64> %46, %43
  %48 = trunc nuw nsw <2 x i64> %47 to <2 x i32>
  %49 = urem <2 x i32> %48, splat (i32 60)
  %50 = uitofp nneg <2 x i32> %49 to <2 x double>
  %51 = fdiv <2 x double> %50, splat (double 6.000000e+01)
  %52 = getelementptr inbounds nuw double, ptr %41, i64 %45
  store <2 x double> %51, ptr %52, align 8, !tbaa !9
  %53 = add nuw i64 %45, 2
  %54 = add nuw nsw <2 x i64> %46, splat (i64 2)
  %55 = icmp eq i64 %53, 60
  br i1 %55, label %57, label %44, !llvm.loop !17

56:                                               ; preds = %57
  tail call fastcc void @kernel_doitgen(ptr noundef %1, ptr noundef nonnull %2, ptr noundef %3)
  br label %60

57:                                               ; preds = %44
  %58 = add nuw nsw i64 %40, 1
  %59 = icmp eq i64 %58, 60
  br i1 %59, label %56, label %39, !llvm.loop !18

60:                                               ; preds = %56, %72
  %61 = phi i64 [ 0, %56 ], [ %73, %72 ]
  %62 = phi double [ 0.000000e+00, %56 ], [ %103, %72 ]
  %63 = getelementptr inbounds nuw [40 x [60 x double]], ptr %1, i64 %61
  br label %68

64:                                               ; preds = %72
  %65 = getelementptr inbounds nuw i8, ptr %1, i64 20184
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %103, double noundef %66)
  tail call void @free(ptr noundef nonnull %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

68:                                               ; preds = %60, %75
  %69 = phi i64 [ 0, %60 ], [ %76, %75 ]
  %70 = phi double [ %62, %60 ], [ %103, %75 ]
  %71 = getelementptr inbounds nuw [60 x double], ptr %63, i64 %69
  br label %78

72:                                               ; preds = %75
  %73 = add nuw nsw i64 %61, 1
  %74 = icmp eq i64 %73, 50
  br i1 %74, label %64, label %60, !llvm.loop !19

75:                                               ; preds = %78
  %76 = add nuw nsw i64 %69, 1
  %77 = icmp eq i64 %76, 40
  br i1 %77, label %72, label %68, !llvm.loop !20

78:                                               ; preds = %78, %68
  %79 = phi i64 [ 0, %68 ], [ %104, %78 ]
  %80 = phi double [ %70, %68 ], [ %103, %78 ]
  %81 = getelementptr inbounds nuw double, ptr %71, i64 %79
  %82 = load double, ptr %81, align 8, !tbaa !9
  %83 = fadd double %80, %82
  %84 = getelementptr inbounds nuw double, ptr %71, i64 %79
  %85 = getelementptr inbounds nuw i8, ptr %84, i64 8
  %86 = load double, ptr %85, align 8, !tbaa !9
  %87 = fadd double %83, %86
  %88 = getelementptr inbounds nuw double, ptr %71, i64 %79
  %89 = getelementptr inbounds nuw i8, ptr %88, i64 16
  %90 = load double, ptr %89, align 8, !tbaa !9
  %91 = fadd double %87, %90
  %92 = getelementptr inbounds nuw double, ptr %71, i64 %79
  %93 = getelementptr inbounds nuw i8, ptr %92, i64 24
  %94 = load double, ptr %93, align 8, !tbaa !9
  %95 = fadd double %91, %94
  %96 = getelementptr inbounds nuw double, ptr %71, i64 %79
  %97 = getelementptr inbounds nuw i8, ptr %96, i64 32
  %98 = load double, ptr %97, align 8, !tbaa !9
  %99 = fadd double %95, %98
  %100 = getelementptr inbounds nuw double, ptr %71, i64 %79
  %101 = getelementptr inbounds nuw i8, ptr %100, i64 40
  %102 = load double, ptr %101, align 8, !tbaa !9
  %103 = fadd double %99, %102
  %104 = add nuw nsw i64 %79, 6
  %105 = icmp eq i64 %104, 60
  br i1 %105, label %75, label %78, !llvm.loop !21
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_doitgen(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  %4 = ptrtoint ptr %2 to i64
  %5 = ptrtoint ptr %0 to i64
  %6 = sub i64 %5, %4
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 48
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 64
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 80
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 96
  %13 = getelementptr inbounds nuw i8, ptr %2, i64 112
  %14 = getelementptr inbounds nuw i8, ptr %2, i64 128
  %15 = getelementptr inbounds nuw i8, ptr %2, i64 144
  %16 = getelementptr inbounds nuw i8, ptr %2, i64 160
  %17 = getelementptr inbounds nuw i8, ptr %2, i64 176
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 192
  %19 = getelementptr inbounds nuw i8, ptr %2, i64 208
  %20 = getelementptr inbounds nuw i8, ptr %2, i64 224
  %21 = getelementptr inbounds nuw i8, ptr %2, i64 240
  %22 = getelementptr inbounds nuw i8, ptr %2, i64 256
  %23 = getelementptr inbounds nuw i8, ptr %2, i64 272
  %24 = getelementptr inbounds nuw i8, ptr %2, i64 288
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 304
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 320
  %27 = getelementptr inbounds nuw i8, ptr %2, i64 336
  %28 = getelementptr inbounds nuw i8, ptr %2, i64 352
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 368
  %30 = getelementptr inbounds nuw i8, ptr %2, i64 384
  %31 = getelementptr inbounds nuw i8, ptr %2, i64 400
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 416
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 432
  %34 = getelementptr inbounds nuw i8, ptr %2, i64 448
  %35 = getelementptr inbounds nuw i8, ptr %2, i64 464
  br label %36

36:                                               ; preds = %3, %47
  %37 = phi i64 [ 0, %3 ], [ %48, %47 ]
  %38 = mul nuw nsw i64 %37, 19200
  %39 = add i64 %6, %38
  %40 = getelementptr inbounds nuw [40 x [60 x double]], ptr %0, i64 %37
  br label %42

41:                                               ; preds = %47
  ret void

42:                                               ; preds = %36, %141
  %43 = phi i64 [ 0, %36 ], [ %142, %141 ]
  %44 = mul nuw nsw i64 %43, 480
  %45 = add i64 %39, %44
  %46 = getelementptr inbounds nuw [60 x double], ptr %40, i64 %43
  br label %50

47:                                               ; preds = %141
  %48 = add nuw nsw i64 %37, 1
  %49 = icmp eq i64 %48, 50
  br i1 %49, label %41, label %36, !llvm.loop !22

50:                                               ; preds = %42, %54
  %51 = phi i64 [ 0, %42 ], [ %55, %54 ]
  %52 = getelementptr inbounds nuw double, ptr %2, i64 %51
  store double 0.000000e+00, ptr %52, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw double, ptr %1, i64 %51
  br label %119

54:                                               ; preds = %119
  %55 = add nuw nsw i64 %51, 1
  %56 = icmp eq i64 %55, 60
  br i1 %56, label %57, label %50, !llvm.loop !23

57:                                               ; preds = %54
  %58 = icmp ult i64 %45, 32
  br i1 %58, label %144, label %59

59:                                               ; preds = %57
  %60 = load <2 x double>, ptr %2, align 8, !tbaa !9
  %61 = load <2 x double>, ptr %7, align 8, !tbaa !9
  %62 = getelementptr inbounds nuw i8, ptr %46, i64 16
  store <2 x double> %60, ptr %46, align 8, !tbaa !9
  store <2 x double> %61, ptr %62, align 8, !tbaa !9
  %63 = load <2 x double>, ptr %8, align 8, !tbaa !9
  %64 = load <2 x double>, ptr %9, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw i8, ptr %46, i64 32
  %66 = getelementptr inbounds nuw i8, ptr %46, i64 48
  store <2 x double> %63, ptr %65, align 8, !tbaa !9
  store <2 x double> %64, ptr %66, align 8, !tbaa !9
  %67 = load <2 x double>, ptr %10, align 8, !tbaa !9
  %68 = load <2 x double>, ptr %11, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw i8, ptr %46, i64 64
  %70 = getelementptr inbounds nuw i8, ptr %46, i64 80
  store <2 x double> %67, ptr %69, align 8, !tbaa !9
  store <2 x double> %68, ptr %70, align 8, !tbaa !9
  %71 = load <2 x double>, ptr %12, align 8, !tbaa !9
  %72 = load <2 x double>, ptr %13, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw i8, ptr %46, i64 96
  %74 = getelementptr inbounds nuw i8, ptr %46, i64 112
  store <2 x double> %71, ptr %73, align 8, !tbaa !9
  store <2 x double> %72, ptr %74, align 8, !tbaa !9
  %75 = load <2 x double>, ptr %14, align 8, !tbaa !9
  %76 = load <2 x double>, ptr %15, align 8, !tbaa !9
  %77 = getelementptr inbounds nuw i8, ptr %46, i64 128
  %78 = getelementptr inbounds nuw i8, ptr %46, i64 144
  store <2 x double> %75, ptr %77, align 8, !tbaa !9
  store <2 x double> %76, ptr %78, align 8, !tbaa !9
  %79 = load <2 x double>, ptr %16, align 8, !tbaa !9
  %80 = load <2 x double>, ptr %17, align 8, !tbaa !9
  %81 = getelementptr inbounds nuw i8, ptr %46, i64 160
  %82 = getelementptr inbounds nuw i8, ptr %46, i64 176
  store <2 x double> %79, ptr %81, align 8, !tbaa !9
  store <2 x double> %80, ptr %82, align 8, !tbaa !9
  %83 = load <2 x double>, ptr %18, align 8, !tbaa !9
  %84 = load <2 x double>, ptr %19, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw i8, ptr %46, i64 192
  %86 = getelementptr inbounds nuw i8, ptr %46, i64 208
  store <2 x double> %83, ptr %85, align 8, !tbaa !9
  store <2 x double> %84, ptr %86, align 8, !tbaa !9
  %87 = load <2 x double>, ptr %20, align 8, !tbaa !9
  %88 = load <2 x double>, ptr %21, align 8, !tbaa !9
  %89 = getelementptr inbounds nuw i8, ptr %46, i64 224
  %90 = getelementptr inbounds nuw i8, ptr %46, i64 240
  store <2 x double> %87, ptr %89, align 8, !tbaa !9
  store <2 x double> %88, ptr %90, align 8, !tbaa !9
  %91 = load <2 x double>, ptr %22, align 8, !tbaa !9
  %92 = load <2 x double>, ptr %23, align 8, !tbaa !9
  %93 = getelementptr inbounds nuw i8, ptr %46, i64 256
  %94 = getelementptr inbounds nuw i8, ptr %46, i64 272
  store <2 x double> %91, ptr %93, align 8, !tbaa !9
  store <2 x double> %92, ptr %94, align 8, !tbaa !9
  %95 = load <2 x double>, ptr %24, align 8, !tbaa !9
  %96 = load <2 x double>, ptr %25, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw i8, ptr %46, i64 288
  %98 = getelementptr inbounds nuw i8, ptr %46, i64 304
  store <2 x double> %95, ptr %97, align 8, !tbaa !9
  store <2 x double> %96, ptr %98, align 8, !tbaa !9
  %99 = load <2 x double>, ptr %26, align 8, !tbaa !9
  %100 = load <2 x double>, ptr %27, align 8, !tbaa !9
  %101 = getelementptr inbounds nuw i8, ptr %46, i64 320
  %102 = getelementptr inbounds nuw i8, ptr %46, i64 336
  store <2 x double> %99, ptr %101, align 8, !tbaa !9
  store <2 x double> %100, ptr %102, align 8, !tbaa !9
  %103 = load <2 x double>, ptr %28, align 8, !tbaa !9
  %104 = load <2 x double>, ptr %29, align 8, !tbaa !9
  %105 = getelementptr inbounds nuw i8, ptr %46, i64 352
  %106 = getelementptr inbounds nuw i8, ptr %46, i64 368
  store <2 x double> %103, ptr %105, align 8, !tbaa !9
  store <2 x double> %104, ptr %106, align 8, !tbaa !9
  %107 = load <2 x double>, ptr %30, align 8, !tbaa !9
  %108 = load <2 x double>, ptr %31, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw i8, ptr %46, i64 384
  %110 = getelementptr inbounds nuw i8, ptr %46, i64 400
  store <2 x double> %107, ptr %109, align 8, !tbaa !9
  store <2 x double> %108, ptr %110, align 8, !tbaa !9
  %111 = load <2 x double>, ptr %32, align 8, !tbaa !9
  %112 = load <2 x double>, ptr %33, align 8, !tbaa !9
  %113 = getelementptr inbounds nuw i8, ptr %46, i64 416
  %114 = getelementptr inbounds nuw i8, ptr %46, i64 432
  store <2 x double> %111, ptr %113, align 8, !tbaa !9
  store <2 x double> %112, ptr %114, align 8, !tbaa !9
  %115 = load <2 x double>, ptr %34, align 8, !tbaa !9
  %116 = load <2 x double>, ptr %35, align 8, !tbaa !9
  %117 = getelementptr inbounds nuw i8, ptr %46, i64 448
  %118 = getelementptr inbounds nuw i8, ptr %46, i64 464
  store <2 x double> %115, ptr %117, align 8, !tbaa !9
  store <2 x double> %116, ptr %118, align 8, !tbaa !9
  br label %141

119:                                              ; preds = %119, %50
  %120 = phi i64 [ 0, %50 ], [ %139, %119 ]
  %121 = phi double [ 0.000000e+00, %50 ], [ %138, %119 ]
  %122 = getelementptr inbounds nuw double, ptr %46, i64 %120
  %123 = load double, ptr %122, align 8, !tbaa !9
  %124 = getelementptr inbounds nuw [60 x double], ptr %53, i64 %120
  %125 = load double, ptr %124, align 8, !tbaa !9
  %126 = tail call double @llvm.fmuladd.f64(double %123, double %125, double %121)
  store double %126, ptr %52, align 8, !tbaa !9
  %127 = add nuw nsw i64 %120, 1
  %128 = getelementptr inbounds nuw double, ptr %46, i64 %127
  %129 = load double, ptr %128, align 8, !tbaa !9
  %130 = getelementptr inbounds nuw [60 x double], ptr %53, i64 %127
  %131 = load double, ptr %130, align 8, !tbaa !9
  %132 = tail call double @llvm.fmuladd.f64(double %129, double %131, double %126)
  store double %132, ptr %52, align 8, !tbaa !9
  %133 = add nuw nsw i64 %120, 2
  %134 = getelementptr inbounds nuw double, ptr %46, i64 %133
  %135 = load double, ptr %134, align 8, !tbaa !9
  %136 = getelementptr inbounds nuw [60 x double], ptr %53, i64 %133
  %137 = load double, ptr %136, align 8, !tbaa !9
  %138 = tail call double @llvm.fmuladd.f64(double %135, double %137, double %132)
  store double %138, ptr %52, align 8, !tbaa !9
  %139 = add nuw nsw i64 %120, 3
  %140 = icmp eq i64 %139, 60
  br i1 %140, label %54, label %119, !llvm.loop !24

141:                                              ; preds = %144, %59
  %142 = add nuw nsw i64 %43, 1
  %143 = icmp eq i64 %142, 40
  br i1 %143, label %47, label %42, !llvm.loop !25

144:                                              ; preds = %57, %144
  %145 = phi i64 [ %169, %144 ], [ 0, %57 ]
  %146 = getelementptr inbounds nuw double, ptr %2, i64 %145
  %147 = load double, ptr %146, align 8, !tbaa !9
  %148 = getelementptr inbounds nuw double, ptr %46, i64 %145
  store double %147, ptr %148, align 8, !tbaa !9
  %149 = or disjoint i64 %145, 1
  %150 = getelementptr inbounds nuw double, ptr %2, i64 %149
  %151 = load double, ptr %150, align 8, !tbaa !9
  %152 = getelementptr inbounds nuw double, ptr %46, i64 %149
  store double %151, ptr %152, align 8, !tbaa !9
  %153 = add nuw nsw i64 %145, 2
  %154 = getelementptr inbounds nuw double, ptr %2, i64 %153
  %155 = load double, ptr %154, align 8, !tbaa !9
  %156 = getelementptr inbounds nuw double, ptr %46, i64 %153
  store double %155, ptr %156, align 8, !tbaa !9
  %157 = add nuw nsw i64 %145, 3
  %158 = getelementptr inbounds nuw double, ptr %2, i64 %157
  %159 = load double, ptr %158, align 8, !tbaa !9
  %160 = getelementptr inbounds nuw double, ptr %46, i64 %157
  store double %159, ptr %160, align 8, !tbaa !9
  %161 = add nuw nsw i64 %145, 4
  %162 = getelementptr inbounds nuw double, ptr %2, i64 %161
  %163 = load double, ptr %162, align 8, !tbaa !9
  %164 = getelementptr inbounds nuw double, ptr %46, i64 %161
  store double %163, ptr %164, align 8, !tbaa !9
  %165 = add nuw nsw i64 %145, 5
  %166 = getelementptr inbounds nuw double, ptr %2, i64 %165
  %167 = load double, ptr %166, align 8, !tbaa !9
  %168 = getelementptr inbounds nuw double, ptr %46, i64 %165
  store double %167, ptr %168, align 8, !tbaa !9
  %169 = add nuw nsw i64 %145, 6
  %170 = icmp eq i64 %169, 60
  br i1 %170, label %141, label %144, !llvm.loop !26
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

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
!17 = distinct !{!17, !12, !13, !14}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12}
!25 = distinct !{!25, !12}
!26 = distinct !{!26, !12, !13}
