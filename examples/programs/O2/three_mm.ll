; ModuleID = 'three_mm.c'
source_filename = "three_mm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e G[5][9] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %2 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %3 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %4 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %5 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %6 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %7 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  tail call fastcc void @init(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  tail call fastcc void @kernel_3mm(ptr noundef %5, ptr noundef %1, ptr noundef %2, ptr noundef %6, ptr noundef %3, ptr noundef %4, ptr noundef %7)
  br label %8

8:                                                ; preds = %0, %16
  %9 = phi i64 [ 0, %0 ], [ %17, %16 ]
  %10 = phi double [ 0.000000e+00, %0 ], [ %52, %16 ]
  %11 = getelementptr inbounds nuw [96 x double], ptr %7, i64 %9
  br label %19

12:                                               ; preds = %16
  %13 = getelementptr inbounds nuw i8, ptr %7, i64 3912
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %52, double noundef %14)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  tail call void @free(ptr noundef %5) #8
  tail call void @free(ptr noundef %6) #8
  tail call void @free(ptr noundef nonnull %7) #8
  ret i32 0

16:                                               ; preds = %19
  %17 = add nuw nsw i64 %9, 1
  %18 = icmp eq i64 %17, 96
  br i1 %18, label %12, label %8, !llvm.loop !11

19:                                               ; preds = %19, %8
  %20 = phi i64 [ 0, %8 ], [ %53, %19 ]
  %21 = phi double [ %10, %8 ], [ %52, %19 ]
  %22 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fadd double %21, %23
  %25 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 8
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = fadd double %24, %27
  %29 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %30 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = fadd double %28, %31
  %33 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %34 = getelementptr inbounds nuw i8, ptr %33, i64 24
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = fadd double %32, %35
  %37 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %38 = getelementptr inbounds nuw i8, ptr %37, i64 32
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fadd double %36, %39
  %41 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 40
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fadd double %40, %43
  %45 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 48
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = fadd double %44, %47
  %49 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 56
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fadd double %48, %51
  %53 = add nuw nsw i64 %20, 8
  %54 = icmp eq i64 %53, 96
  br i1 %54, label %16, label %19, !llvm.loop !13
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @init(ptr noundef writeonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef writeonly captures(none) %2, ptr noundef writeonly captures(none) %3) unnamed_addr #2 {
  %5 = ptrtoint ptr %3 to i64
  %6 = ptrtoint ptr %2 to i64
  %7 = ptrtoint ptr %0 to i64
  %8 = ptrtoint ptr %1 to i64
  %9 = sub i64 %8, %7
  %10 = sub i64 %6, %7
  %11 = sub i64 %5, %7
  %12 = sub i64 %6, %8
  %13 = sub i64 %5, %8
  %14 = sub i64 %5, %6
  %15 = icmp ult i64 %9, 16
  %16 = icmp ult i64 %10, 16
  %17 = or i1 %15, %16
  %18 = icmp ult i64 %11, 16
  %19 = or i1 %17, %18
  %20 = icmp ult i64 %12, 16
  %21 = or i1 %19, %20
  %22 = icmp ult i64 %13, 16
  %23 = or i1 %21, %22
  %24 = icmp ult i64 %14, 16
  %25 = or i1 %23, %24
  br label %26

26:                                               ; preds = %4, %72
  %27 = phi i64 [ 0, %4 ], [ %73, %72 ]
  %28 = getelementptr inbounds nuw [96 x double], ptr %0, i64 %27
  %29 = getelementptr inbounds nuw [96 x double], ptr %1, i64 %27
  %30 = getelementptr inbounds nuw [96 x double], ptr %2, i64 %27
  %31 = getelementptr inbounds nuw [96 x double], ptr %3, i64 %27
  br i1 %25, label %75, label %32

32:                                               ; preds = %26
  %33 = insertelement <2 x i64> poison, i64 %27, i64 0
  %34 = shufflevector <2 x i64> %33, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %35

35:                                               ; preds = %35, %32
  %36 = phi i64 [ 0, %32 ], [ %68, %35 ]
  %37 = phi <2 x i64> [ <i64 0, i64 1>, %32 ], [ %69, %35 ]
  %38 = mul nuw nsw <2 x i64> %37, %34
  %39 = trunc <2 x i64> %38 to <2 x i32>
  %40 = add <2 x i32> %39, splat (i32 1)
  %41 = urem <2 x i32> %40, splat (i32 96)
  %42 = uitofp nneg <2 x i32> %41 to <2 x double>
  %43 = fdiv <2 x double> %42, splat (double 4.800000e+02)
  %44 = getelementptr inbounds nuw double, ptr %28, i64 %36
  store <2 x double> %43, ptr %44, align 8, !tbaa !9
  %45 = add nuw nsw <2 x i64> %37, splat (i64 1)
  %46 = mul nuw nsw <2 x i64> %45, %34
  %47 = trunc <2 x i64> %46 to <2 x i32>
  %48 = add <2 x i32> %47, splat (i32 2)
  %49 = urem <2 x i32> %48, splat (i32 96)
  %50 = uitofp nneg <2 x i32> %49 to <2 x double>
  %51 = fdiv <2 x double> %50, splat (double 4.800000e+02)
  %52 = getelementptr inbounds nuw double, ptr %29, i64 %36
  store <2 x double> %51, ptr %52, align 8, !tbaa !9
  %53 = add nuw nsw <2 x i64> %37, splat (i64 3)
  %54 = mul nuw nsw <2 x i64> %53, %34
  %55 = trunc nuw nsw <2 x i64> %54 to <2 x i32>
  %56 = urem <2 x i32> %55, splat (i32 96)
  %57 = uitofp nneg <2 x i32> %56 to <2 x double>
  %58 = fdiv <2 x double> %57, splat (double 4.800000e+02)
  %59 = getelementptr inbounds nuw double, ptr %30, i64 %36
  store <2 x double> %58, ptr %59, align 8, !tbaa !9
  %60 = add nuw nsw <2 x i64> %37, splat (i64 2)
  %61 = mul nuw nsw <2 x i64> %60, %34
  %62 = trunc <2 x i64> %61 to <2 x i32>
  %63 = add <2 x i32> %62, splat (i32 2)
  %64 = urem <2 x i32> %63, splat (i32 96)
  %65 = uitofp nneg <2 x i32> %64 to <2 x double>
  %66 = fdiv <2 x double> %65, splat (double 4.800000e+02)
  %67 = getelementptr inbounds nuw double, ptr %31, i64 %36
  store <2 x double> %66, ptr %67, align 8, !tbaa !9
  %68 = add nuw i64 %36, 2
  %69 = add nuw nsw <2 x i64> %37, splat (i64 2)
  %70 = icmp eq i64 %68, 96
  br i1 %70, label %72, label %35, !llvm.loop !14

71:                                               ; preds = %72
  ret void

72:                                               ; preds = %35, %75
  %73 = add nuw nsw i64 %27, 1
  %74 = icmp eq i64 %73, 96
  br i1 %74, label %71, label %26, !llvm.loop !17

75:                                               ; preds = %26, %75
  %76 = phi i64 [ %84, %75 ], [ 0, %26 ]
  %77 = mul nuw nsw i64 %76, %27
  %78 = trunc i64 %77 to i32
  %79 = add i32 %78, 1
  %80 = urem i32 %79, 96
  %81 = uitofp nneg i32 %80 to double
  %82 = fdiv double %81, 4.800000e+02
  %83 = getelementptr inbounds nuw double, ptr %28, i64 %76
  store double %82, ptr %83, align 8, !tbaa !9
  %84 = add nuw nsw i64 %76, 1
  %85 = mul nuw nsw i64 %84, %27
  %86 = trunc i64 %85 to i32
  %87 = add i32 %86, 2
  %88 = urem i32 %87, 96
  %89 = uitofp nneg i32 %88 to double
  %90 = fdiv double %89, 4.800000e+02
  %91 = getelementptr inbounds nuw double, ptr %29, i64 %76
  store double %90, ptr %91, align 8, !tbaa !9
  %92 = add nuw nsw i64 %76, 3
  %93 = mul nuw nsw i64 %92, %27
  %94 = trunc nuw nsw i64 %93 to i32
  %95 = urem i32 %94, 96
  %96 = uitofp nneg i32 %95 to double
  %97 = fdiv double %96, 4.800000e+02
  %98 = getelementptr inbounds nuw double, ptr %30, i64 %76
  store double %97, ptr %98, align 8, !tbaa !9
  %99 = add nuw nsw i64 %76, 2
  %100 = mul nuw nsw i64 %99, %27
  %101 = trunc i64 %100 to i32
  %102 = add i32 %101, 2
  %103 = urem i32 %102, 96
  %104 = uitofp nneg i32 %103 to double
  %105 = fdiv double %104, 4.800000e+02
  %106 = getelementptr inbounds nuw double, ptr %31, i64 %76
  store double %105, ptr %106, align 8, !tbaa !9
  %107 = icmp eq i64 %84, 96
  br i1 %107, label %72, label %75, !llvm.loop !18
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_3mm(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef captures(none) %3, ptr noundef readonly captures(none) %4, ptr noundef readonly captures(none) %5, ptr noundef writeonly captures(none) %6) unnamed_addr #3 {
  br label %8

8:                                                ; preds = %7, %12
  %9 = phi i64 [ 0, %7 ], [ %13, %12 ]
  %10 = getelementptr inbounds nuw [96 x double], ptr %0, i64 %9
  %11 = getelementptr inbounds nuw [96 x double], ptr %1, i64 %9
  br label %15

12:                                               ; preds = %19
  %13 = add nuw nsw i64 %9, 1
  %14 = icmp eq i64 %13, 96
  br i1 %14, label %44, label %8, !llvm.loop !19

15:                                               ; preds = %8, %19
  %16 = phi i64 [ 0, %8 ], [ %20, %19 ]
  %17 = getelementptr inbounds nuw double, ptr %10, i64 %16
  store double 0.000000e+00, ptr %17, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %16
  br label %22

19:                                               ; preds = %22
  %20 = add nuw nsw i64 %16, 1
  %21 = icmp eq i64 %20, 96
  br i1 %21, label %12, label %15, !llvm.loop !20

22:                                               ; preds = %22, %15
  %23 = phi i64 [ 0, %15 ], [ %42, %22 ]
  %24 = phi double [ 0.000000e+00, %15 ], [ %41, %22 ]
  %25 = getelementptr inbounds nuw double, ptr %11, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw [96 x double], ptr %18, i64 %23
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %24)
  store double %29, ptr %17, align 8, !tbaa !9
  %30 = add nuw nsw i64 %23, 1
  %31 = getelementptr inbounds nuw double, ptr %11, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw [96 x double], ptr %18, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = tail call double @llvm.fmuladd.f64(double %32, double %34, double %29)
  store double %35, ptr %17, align 8, !tbaa !9
  %36 = add nuw nsw i64 %23, 2
  %37 = getelementptr inbounds nuw double, ptr %11, i64 %36
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw [96 x double], ptr %18, i64 %36
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call double @llvm.fmuladd.f64(double %38, double %40, double %35)
  store double %41, ptr %17, align 8, !tbaa !9
  %42 = add nuw nsw i64 %23, 3
  %43 = icmp eq i64 %42, 96
  br i1 %43, label %19, label %22, !llvm.loop !21

44:                                               ; preds = %12, %48
  %45 = phi i64 [ %49, %48 ], [ 0, %12 ]
  %46 = getelementptr inbounds nuw [96 x double], ptr %3, i64 %45
  %47 = getelementptr inbounds nuw [96 x double], ptr %4, i64 %45
  br label %51

48:                                               ; preds = %55
  %49 = add nuw nsw i64 %45, 1
  %50 = icmp eq i64 %49, 96
  br i1 %50, label %80, label %44, !llvm.loop !22

51:                                               ; preds = %44, %55
  %52 = phi i64 [ 0, %44 ], [ %56, %55 ]
  %53 = getelementptr inbounds nuw double, ptr %46, i64 %52
  store double 0.000000e+00, ptr %53, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw double, ptr %5, i64 %52
  br label %58

55:                                               ; preds = %58
  %56 = add nuw nsw i64 %52, 1
  %57 = icmp eq i64 %56, 96
  br i1 %57, label %48, label %51, !llvm.loop !23

58:                                               ; preds = %58, %51
  %59 = phi i64 [ 0, %51 ], [ %78, %58 ]
  %60 = phi double [ 0.000000e+00, %51 ], [ %77, %58 ]
  %61 = getelementptr inbounds nuw double, ptr %47, i64 %59
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw [96 x double], ptr %54, i64 %59
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = tail call double @llvm.fmuladd.f64(double %62, double %64, double %60)
  store double %65, ptr %53, align 8, !tbaa !9
  %66 = add nuw nsw i64 %59, 1
  %67 = getelementptr inbounds nuw double, ptr %47, i64 %66
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw [96 x double], ptr %54, i64 %66
  %70 = load double, ptr %69, align 8, !tbaa !9
  %71 = tail call double @llvm.fmuladd.f64(double %68, double %70, double %65)
  store double %71, ptr %53, align 8, !tbaa !9
  %72 = add nuw nsw i64 %59, 2
  %73 = getelementptr inbounds nuw double, ptr %47, i64 %72
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw [96 x double], ptr %54, i64 %72
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = tail call double @llvm.fmuladd.f64(double %74, double %76, double %71)
  store double %77, ptr %53, align 8, !tbaa !9
  %78 = add nuw nsw i64 %59, 3
  %79 = icmp eq i64 %78, 96
  br i1 %79, label %55, label %58, !llvm.loop !24

80:                                               ; preds = %48, %85
  %81 = phi i64 [ %86, %85 ], [ 0, %48 ]
  %82 = getelementptr inbounds nuw [96 x double], ptr %6, i64 %81
  %83 = getelementptr inbounds nuw [96 x double], ptr %0, i64 %81
  br label %88

84:                                               ; preds = %85
  ret void

85:                                               ; preds = %92
  %86 = add nuw nsw i64 %81, 1
  %87 = icmp eq i64 %86, 96
  br i1 %87, label %84, label %80, !llvm.loop !25

88:                                               ; preds = %80, %92
  %89 = phi i64 [ 0, %80 ], [ %93, %92 ]
  %90 = getelementptr inbounds nuw double, ptr %82, i64 %89
  store double 0.000000e+00, ptr %90, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw double, ptr %3, i64 %89
  br label %95

92:                                               ; preds = %95
  %93 = add nuw nsw i64 %89, 1
  %94 = icmp eq i64 %93, 96
  br i1 %94, label %85, label %88, !llvm.loop !26

95:                                               ; preds = %95, %88
  %96 = phi i64 [ 0, %88 ], [ %115, %95 ]
  %97 = phi double [ 0.000000e+00, %88 ], [ %114, %95 ]
  %98 = getelementptr inbounds nuw double, ptr %83, i64 %96
  %99 = load double, ptr %98, align 8, !tbaa !9
  %100 = getelementptr inbounds nuw [96 x double], ptr %91, i64 %96
  %101 = load double, ptr %100, align 8, !tbaa !9
  %102 = tail call double @llvm.fmuladd.f64(double %99, double %101, double %97)
  store double %102, ptr %90, align 8, !tbaa !9
  %103 = add nuw nsw i64 %96, 1
  %104 = getelementptr inbounds nuw double, ptr %83, i64 %103
  %105 = load double, ptr %104, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw [96 x double], ptr %91, i64 %103
  %107 = load double, ptr %106, align 8, !tbaa !9
  %108 = tail call double @llvm.fmuladd.f64(double %105, double %107, double %102)
  store double %108, ptr %90, align 8, !tbaa !9
  %109 = add nuw nsw i64 %96, 2
  %110 = getelementptr inbounds nuw double, ptr %83, i64 %109
  %111 = load double, ptr %110, align 8, !tbaa !9
  %112 = getelementptr inbounds nuw [96 x double], ptr %91, i64 %109
  %113 = load double, ptr %112, align 8, !tbaa !9
  %114 = tail call double @llvm.fmuladd.f64(double %111, double %113, double %108)
  store double %114, ptr %90, align 8, !tbaa !9
  %115 = add nuw nsw i64 %96, 3
  %116 = icmp eq i64 %115, 96
  br i1 %116, label %92, label %95, !llvm.loop !27
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12, !15, !16}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12, !15}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12}
!25 = distinct !{!25, !12}
!26 = distinct !{!26, !12}
!27 = distinct !{!27, !12}
