; ModuleID = 'gemm.c'
source_filename = "gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [34 x i8] c"sum %.12e first %.12e last %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca double, align 8
  %2 = alloca double, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  %3 = tail call noalias dereferenceable_or_null(124800) ptr @malloc(i64 noundef 124800) #11
  %4 = tail call noalias dereferenceable_or_null(134400) ptr @malloc(i64 noundef 134400) #11
  %5 = tail call noalias dereferenceable_or_null(145600) ptr @malloc(i64 noundef 145600) #11
  call fastcc void @init(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  %6 = load double, ptr %1, align 8, !tbaa !9
  %7 = load double, ptr %2, align 8, !tbaa !9
  tail call fastcc void @kernel_gemm(double noundef %6, double noundef %7, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  tail call fastcc void @print_array(ptr noundef %3)
  tail call void @free(ptr noundef %3) #10
  tail call void @free(ptr noundef %4) #10
  tail call void @free(ptr noundef %5) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @init(ptr noundef nonnull writeonly captures(none) initializes((0, 8)) %0, ptr noundef nonnull writeonly captures(none) initializes((0, 8)) %1, ptr noundef writeonly captures(none) %2, ptr noundef writeonly captures(none) %3, ptr noundef writeonly captures(none) %4) unnamed_addr #3 {
  store double 1.500000e+00, ptr %0, align 8, !tbaa !9
  store double 1.200000e+00, ptr %1, align 8, !tbaa !9
  br label %6

6:                                                ; preds = %5, %24
  %7 = phi i64 [ 0, %5 ], [ %25, %24 ]
  %8 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %7
  %9 = insertelement <2 x i64> poison, i64 %7, i64 0
  %10 = shufflevector <2 x i64> %9, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %11

11:                                               ; preds = %11, %6
  %12 = phi i64 [ 0, %6 ], [ %21, %11 ]
  %13 = phi <2 x i64> [ <i64 0, i64 1>, %6 ], [ %22, %11 ]
  %14 = mul nuw nsw <2 x i64> %13, %10
  %15 = trunc <2 x i64> %14 to <2 x i32>
  %16 = add <2 x i32> %15, splat (i32 1)
  %17 = urem <2 x i32> %16, splat (i32 120)
  %18 = uitofp nneg <2 x i32> %17 to <2 x double>
  %19 = fdiv <2 x double> %18, splat (double 1.200000e+02)
  %20 = getelementptr inbounds nuw double, ptr %8, i64 %12
  store <2 x double> %19, ptr %20, align 8, !tbaa !9
  %21 = add nuw i64 %12, 2
  %22 = add nuw nsw <2 x i64> %13, splat (i64 2)
  %23 = icmp eq i64 %21, 130
  br i1 %23, label %24, label %11, !llvm.loop !11

24:                                               ; preds = %11
  %25 = add nuw nsw i64 %7, 1
  %26 = icmp eq i64 %25, 120
  br i1 %26, label %27, label %6, !llvm.loop !15

27:                                               ; preds = %24, %45
  %28 = phi i64 [ %46, %45 ], [ 0, %24 ]
  %29 = getelementptr inbounds nuw [140 x double], ptr %3, i64 %28
  %30 = insertelement <2 x i64> poison, i64 %28, i64 0
  %31 = shufflevector <2 x i64> %30, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %32

32:                                               ; preds = %32, %27
  %33 = phi i64 [ 0, %27 ], [ %42, %32 ]
  %34 = phi <2 x i64> [ <i64 0, i64 1>, %27 ], [ %43, %32 ]
  %35 = add nuw nsw <2 x i64> %34, splat (i64 1)
  %36 = mul nuw nsw <2 x i64> %35, %31
  %37 = trunc nuw nsw <2 x i64> %36 to <2 x i32>
  %38 = urem <2 x i32> %37, splat (i32 140)
  %39 = uitofp nneg <2 x i32> %38 to <2 x double>
  %40 = fdiv <2 x double> %39, splat (double 1.400000e+02)
  %41 = getelementptr inbounds nuw double, ptr %29, i64 %33
  store <2 x double> %40, ptr %41, align 8, !tbaa !9
  %42 = add nuw i64 %33, 2
  %43 = add nuw nsw <2 x i64> %34, splat (i64 2)
  %44 = icmp eq i64 %42, 140
  br i1 %44, label %45, label %32, !llvm.loop !16

45:                                               ; preds = %32
  %46 = add nuw nsw i64 %28, 1
  %47 = icmp eq i64 %46, 120
  br i1 %47, label %48, label %27, !llvm.loop !17

48:                                               ; preds = %45, %67
  %49 = phi i64 [ %68, %67 ], [ 0, %45 ]
  %50 = getelementptr inbounds nuw [130 x double], ptr %4, i64 %49
  %51 = insertelement <2 x i64> poison, i64 %49, i64 0
  %52 = shufflevector <2 x i64> %51, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %53

53:                                               ; preds = %53, %48
  %54 = phi i64 [ 0, %48 ], [ %63, %53 ]
  %55 = phi <2 x i64> [ <i64 0, i64 1>, %48 ], [ %64, %53 ]
  %56 = add nuw nsw <2 x i64> %55, splat (i64 2)
  %57 = mul nuw nsw <2 x i64> %56, %52
  %58 = trunc nuw nsw <2 x i64> %57 to <2 x i32>
  %59 = urem <2 x i32> %58, splat (i32 130)
  %60 = uitofp nneg <2 x i32> %59 to <2 x double>
  %61 = fdiv <2 x double> %60, splat (double 1.300000e+02)
  %62 = getelementptr inbounds nuw double, ptr %50, i64 %54
  store <2 x double> %61, ptr %62, align 8, !tbaa !9
  %63 = add nuw i64 %54, 2
  %64 = add nuw nsw <2 x i64> %55, splat (i64 2)
  %65 = icmp eq i64 %63, 130
  br i1 %65, label %67, label %53, !llvm.loop !18

66:                                               ; preds = %67
  ret void

67:                                               ; preds = %53
  %68 = add nuw nsw i64 %49, 1
  %69 = icmp eq i64 %68, 140
  br i1 %69, label %66, label %48, !llvm.loop !19
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_gemm(double noundef %0, double noundef %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) unnamed_addr #4 {
  %6 = getelementptr i8, ptr %4, i64 145600
  %7 = insertelement <2 x double> poison, double %1, i64 0
  %8 = shufflevector <2 x double> %7, <2 x double> poison, <2 x i32> zeroinitializer
  br label %9

9:                                                ; preds = %5, %89
  %10 = phi i64 [ 0, %5 ], [ %90, %89 ]
  %11 = mul nuw nsw i64 %10, 1040
  %12 = getelementptr nuw i8, ptr %2, i64 %11
  %13 = getelementptr i8, ptr %2, i64 %11
  %14 = getelementptr i8, ptr %13, i64 1040
  %15 = mul nuw nsw i64 %10, 1120
  %16 = getelementptr i8, ptr %3, i64 %15
  %17 = getelementptr i8, ptr %3, i64 %15
  %18 = getelementptr i8, ptr %17, i64 1120
  %19 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %10
  br label %20

20:                                               ; preds = %20, %9
  %21 = phi i64 [ 0, %9 ], [ %35, %20 ]
  %22 = getelementptr inbounds nuw double, ptr %19, i64 %21
  %23 = getelementptr inbounds nuw i8, ptr %22, i64 16
  %24 = load <2 x double>, ptr %22, align 8, !tbaa !9
  %25 = load <2 x double>, ptr %23, align 8, !tbaa !9
  %26 = fmul <2 x double> %8, %24
  %27 = fmul <2 x double> %8, %25
  store <2 x double> %26, ptr %22, align 8, !tbaa !9
  store <2 x double> %27, ptr %23, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw double, ptr %19, i64 %21
  %29 = getelementptr inbounds nuw i8, ptr %28, i64 32
  %30 = getelementptr inbounds nuw i8, ptr %28, i64 48
  %31 = load <2 x double>, ptr %29, align 8, !tbaa !9
  %32 = load <2 x double>, ptr %30, align 8, !tbaa !9
  %33 = fmul <2 x double> %8, %31
  %34 = fmul <2 x double> %8, %32
  store <2 x double> %33, ptr %29, align 8, !tbaa !9
  store <2 x double> %34, ptr %30, align 8, !tbaa !9
  %35 = add nuw nsw i64 %21, 8
  %36 = icmp eq i64 %35, 128
  br i1 %36, label %38, label %20, !llvm.loop !20

37:                                               ; preds = %89
  ret void

38:                                               ; preds = %20
  %39 = getelementptr inbounds nuw i8, ptr %19, i64 1024
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = fmul double %1, %40
  store double %41, ptr %39, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %19, i64 1032
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fmul double %1, %43
  store double %44, ptr %42, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw [140 x double], ptr %3, i64 %10
  %46 = icmp ult ptr %12, %18
  %47 = icmp ult ptr %16, %14
  %48 = and i1 %46, %47
  %49 = icmp ult ptr %12, %6
  %50 = icmp ult ptr %4, %14
  %51 = and i1 %49, %50
  %52 = or i1 %48, %51
  br label %53

53:                                               ; preds = %38, %92
  %54 = phi i64 [ 0, %38 ], [ %93, %92 ]
  %55 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %56 = getelementptr inbounds nuw [130 x double], ptr %4, i64 %54
  br i1 %52, label %57, label %59

57:                                               ; preds = %64, %53
  %58 = phi i64 [ 0, %53 ], [ 128, %64 ]
  br label %95

59:                                               ; preds = %53
  %60 = load double, ptr %55, align 8, !tbaa !9, !alias.scope !21
  %61 = fmul double %0, %60
  %62 = insertelement <2 x double> poison, double %61, i64 0
  %63 = shufflevector <2 x double> %62, <2 x double> poison, <2 x i32> zeroinitializer
  br label %64

64:                                               ; preds = %64, %59
  %65 = phi i64 [ 0, %59 ], [ %87, %64 ]
  %66 = getelementptr inbounds nuw double, ptr %56, i64 %65
  %67 = getelementptr inbounds nuw i8, ptr %66, i64 16
  %68 = load <2 x double>, ptr %66, align 8, !tbaa !9, !alias.scope !24
  %69 = load <2 x double>, ptr %67, align 8, !tbaa !9, !alias.scope !24
  %70 = getelementptr inbounds nuw double, ptr %19, i64 %65
  %71 = getelementptr inbounds nuw i8, ptr %70, i64 16
  %72 = load <2 x double>, ptr %70, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %73 = load <2 x double>, ptr %71, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %74 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %68, <2 x double> %72)
  %75 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %69, <2 x double> %73)
  store <2 x double> %74, ptr %70, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  store <2 x double> %75, ptr %71, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %76 = or disjoint i64 %65, 4
  %77 = getelementptr inbounds nuw double, ptr %56, i64 %76
  %78 = getelementptr inbounds nuw i8, ptr %77, i64 16
  %79 = load <2 x double>, ptr %77, align 8, !tbaa !9, !alias.scope !24
  %80 = load <2 x double>, ptr %78, align 8, !tbaa !9, !alias.scope !24
  %81 = getelementptr inbounds nuw double, ptr %19, i64 %76
  %82 = getelementptr inbounds nuw i8, ptr %81, i64 16
  %83 = load <2 x double>, ptr %81, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %84 = load <2 x double>, ptr %82, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %85 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %79, <2 x double> %83)
  %86 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %80, <2 x double> %84)
  store <2 x double> %85, ptr %81, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  store <2 x double> %86, ptr %82, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %87 = add nuw nsw i64 %65, 8
  %88 = icmp eq i64 %87, 128
  br i1 %88, label %57, label %64, !llvm.loop !29

89:                                               ; preds = %92
  %90 = add nuw nsw i64 %10, 1
  %91 = icmp eq i64 %90, 120
  br i1 %91, label %37, label %9, !llvm.loop !30

92:                                               ; preds = %95
  %93 = add nuw nsw i64 %54, 1
  %94 = icmp eq i64 %93, 140
  br i1 %94, label %89, label %53, !llvm.loop !31

95:                                               ; preds = %95, %57
  %96 = phi i64 [ %58, %57 ], [ %112, %95 ]
  %97 = load double, ptr %55, align 8, !tbaa !9
  %98 = fmul double %0, %97
  %99 = getelementptr inbounds nuw double, ptr %56, i64 %96
  %100 = load double, ptr %99, align 8, !tbaa !9
  %101 = getelementptr inbounds nuw double, ptr %19, i64 %96
  %102 = load double, ptr %101, align 8, !tbaa !9
  %103 = tail call double @llvm.fmuladd.f64(double %98, double %100, double %102)
  store double %103, ptr %101, align 8, !tbaa !9
  %104 = or disjoint i64 %96, 1
  %105 = load double, ptr %55, align 8, !tbaa !9
  %106 = fmul double %0, %105
  %107 = getelementptr inbounds nuw double, ptr %56, i64 %104
  %108 = load double, ptr %107, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw double, ptr %19, i64 %104
  %110 = load double, ptr %109, align 8, !tbaa !9
  %111 = tail call double @llvm.fmuladd.f64(double %106, double %108, double %110)
  store double %111, ptr %109, align 8, !tbaa !9
  %112 = add nuw nsw i64 %96, 2
  %113 = icmp eq i64 %112, 130
  br i1 %113, label %92, label %95, !llvm.loop !32
}

; Function Attrs: nofree noinline nounwind uwtable
define internal fastcc void @print_array(ptr noundef readonly captures(none) %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %1, %11
  %3 = phi i64 [ 0, %1 ], [ %12, %11 ]
  %4 = phi double [ 0.000000e+00, %1 ], [ %35, %11 ]
  %5 = getelementptr inbounds nuw [130 x double], ptr %0, i64 %3
  br label %14

6:                                                ; preds = %11
  %7 = load double, ptr %0, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 124792
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %35, double noundef %7, double noundef %9)
  ret void

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %3, 1
  %13 = icmp eq i64 %12, 120
  br i1 %13, label %6, label %2, !llvm.loop !33

14:                                               ; preds = %14, %2
  %15 = phi i64 [ 0, %2 ], [ %36, %14 ]
  %16 = phi double [ %4, %2 ], [ %35, %14 ]
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = fadd double %16, %18
  %20 = getelementptr inbounds nuw double, ptr %5, i64 %15
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 8
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = fadd double %19, %22
  %24 = getelementptr inbounds nuw double, ptr %5, i64 %15
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 16
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fadd double %23, %26
  %28 = getelementptr inbounds nuw double, ptr %5, i64 %15
  %29 = getelementptr inbounds nuw i8, ptr %28, i64 24
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = fadd double %27, %30
  %32 = getelementptr inbounds nuw double, ptr %5, i64 %15
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 32
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = fadd double %31, %34
  %36 = add nuw nsw i64 %15, 5
  %37 = icmp eq i64 %36, 130
  br i1 %37, label %11, label %14, !llvm.loop !34
}

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #9

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nounwind }
attributes #11 = { nounwind allocsize(0) }

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
!16 = distinct !{!16, !12, !13, !14}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12, !13, !14}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12, !13, !14}
!21 = !{!22}
!22 = distinct !{!22, !23}
!23 = distinct !{!23, !"LVerDomain"}
!24 = !{!25}
!25 = distinct !{!25, !23}
!26 = !{!27}
!27 = distinct !{!27, !23}
!28 = !{!22, !25}
!29 = distinct !{!29, !12, !13, !14}
!30 = distinct !{!30, !12}
!31 = distinct !{!31, !12}
!32 = distinct !{!32, !12, !13}
!33 = distinct !{!33, !12}
!34 = distinct !{!34, !12}
