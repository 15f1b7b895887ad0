; ModuleID = 'two_mm.c'
source_filename = "two_mm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e D[3][7] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(88000) ptr @malloc(i64 noundef 88000) #7
  %2 = tail call noalias dereferenceable_or_null(96000) ptr @malloc(i64 noundef 96000) #7
  %3 = tail call noalias dereferenceable_or_null(105600) ptr @malloc(i64 noundef 105600) #7
  %4 = tail call noalias dereferenceable_or_null(114400) ptr @malloc(i64 noundef 114400) #7
  %5 = tail call noalias dereferenceable_or_null(104000) ptr @malloc(i64 noundef 104000) #7
  tail call fastcc void @init(ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  tail call fastcc void @kernel_2mm(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  br label %6

6:                                                ; preds = %0, %14
  %7 = phi i64 [ 0, %0 ], [ %15, %14 ]
  %8 = phi double [ 0.000000e+00, %0 ], [ %38, %14 ]
  %9 = getelementptr inbounds nuw [130 x double], ptr %5, i64 %7
  br label %17

10:                                               ; preds = %14
  %11 = getelementptr inbounds nuw i8, ptr %5, i64 3176
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %38, double noundef %12)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  tail call void @free(ptr noundef nonnull %5) #8
  ret i32 0

14:                                               ; preds = %17
  %15 = add nuw nsw i64 %7, 1
  %16 = icmp eq i64 %15, 100
  br i1 %16, label %10, label %6, !llvm.loop !11

17:                                               ; preds = %17, %6
  %18 = phi i64 [ 0, %6 ], [ %39, %17 ]
  %19 = phi double [ %8, %6 ], [ %38, %17 ]
  %20 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = fadd double %19, %21
  %23 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %24 = getelementptr inbounds nuw i8, ptr %23, i64 8
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fadd double %22, %25
  %27 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %28 = getelementptr inbounds nuw i8, ptr %27, i64 16
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = fadd double %26, %29
  %31 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %32 = getelementptr inbounds nuw i8, ptr %31, i64 24
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = fadd double %30, %33
  %35 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %36 = getelementptr inbounds nuw i8, ptr %35, i64 32
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %34, %37
  %39 = add nuw nsw i64 %18, 5
  %40 = icmp eq i64 %39, 130
  br i1 %40, label %14, label %17, !llvm.loop !13
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @init(ptr noundef writeonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef writeonly captures(none) %2, ptr noundef writeonly captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %23
  %6 = phi i64 [ 0, %4 ], [ %24, %23 ]
  %7 = getelementptr inbounds nuw [120 x double], ptr %0, i64 %6
  %8 = insertelement <2 x i64> poison, i64 %6, i64 0
  %9 = shufflevector <2 x i64> %8, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %5
  %11 = phi i64 [ 0, %5 ], [ %20, %10 ]
  %12 = phi <2 x i64> [ <i64 0, i64 1>, %5 ], [ %21, %10 ]
  %13 = mul nuw nsw <2 x i64> %12, %9
  %14 = trunc <2 x i64> %13 to <2 x i32>
  %15 = add <2 x i32> %14, splat (i32 1)
  %16 = urem <2 x i32> %15, splat (i32 100)
  %17 = uitofp nneg <2 x i32> %16 to <2 x double>
  %18 = fdiv <2 x double> %17, splat (double 1.000000e+02)
  %19 = getelementptr inbounds nuw double, ptr %7, i64 %11
  store <2 x double> %18, ptr %19, align 8, !tbaa !9
  %20 = add nuw i64 %11, 2
  %21 = add nuw nsw <2 x i64> %12, splat (i64 2)
  %22 = icmp eq i64 %20, 120
  br i1 %22, label %23, label %10, !llvm.loop !14

23:                                               ; preds = %10
  %24 = add nuw nsw i64 %6, 1
  %25 = icmp eq i64 %24, 100
  br i1 %25, label %26, label %5, !llvm.loop !17

26:                                               ; preds = %23, %44
  %27 = phi i64 [ %45, %44 ], [ 0, %23 ]
  %28 = getelementptr inbounds nuw [110 x double], ptr %1, i64 %27
  %29 = insertelement <2 x i64> poison, i64 %27, i64 0
  %30 = shufflevector <2 x i64> %29, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %31

31:                                               ; preds = %31, %26
  %32 = phi i64 [ 0, %26 ], [ %41, %31 ]
  %33 = phi <2 x i64> [ <i64 0, i64 1>, %26 ], [ %42, %31 ]
  %34 = add nuw nsw <2 x i64> %33, splat (i64 1)
  %35 = mul nuw nsw <2 x i64> %34, %30
  %36 = trunc nuw nsw <2 x i64> %35 to <2 x i32>
  %37 = urem <2 x i32> %36, splat (i32 110)
  %38 = uitofp nneg <2 x i32> %37 to <2 x double>
  %39 = fdiv <2 x double> %38, splat (double 1.100000e+02)
  %40 = getelementptr inbounds nuw double, ptr %28, i64 %32
  store <2 x double> %39, ptr %40, align 8, !tbaa !9
  %41 = add nuw i64 %32, 2
  %42 = add nuw nsw <2 x i64> %33, splat (i64 2)
  %43 = icmp eq i64 %41, 110
  br i1 %43, label %44, label %31, !llvm.loop !18

44:                                               ; preds = %31
  %45 = add nuw nsw i64 %27, 1
  %46 = icmp eq i64 %45, 120
  br i1 %46, label %47, label %26, !llvm.loop !19

47:                                               ; preds = %44, %66
  %48 = phi i64 [ %67, %66 ], [ 0, %44 ]
  %49 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %48
  %50 = insertelement <2 x i64> poison, i64 %48, i64 0
  %51 = shufflevector <2 x i64> %50, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %52

52:                                               ; preds = %52, %47
  %53 = phi i64 [ 0, %47 ], [ %63, %52 ]
  %54 = phi <2 x i64> [ <i64 0, i64 1>, %47 ], [ %64, %52 ]
  %55 = add nuw nsw <2 x i64> %54, splat (i64 3)
  %56 = mul nuw nsw <2 x i64> %55, %51
  %57 = trunc <2 x i64> %56 to <2 x i32>
  %58 = add <2 x i32> %57, splat (i32 1)
  %59 = urem <2 x i32> %58, splat (i32 130)
  %60 = uitofp nneg <2 x i32> %59 to <2 x double>
  %61 = fdiv <2 x double> %60, splat (double 1.300000e+02)
  %62 = getelementptr inbounds nuw double, ptr %49, i64 %53
  store <2 x double> %61, ptr %62, align 8, !tbaa !9
  %63 = add nuw i64 %53, 2
  %64 = add nuw nsw <2 x i64> %54, splat (i64 2)
  %65 = icmp eq i64 %63, 130
  br i1 %65, label %66, label %52, !llvm.loop !20

66:                                               ; preds = %52
  %67 = add nuw nsw i64 %48, 1
  %68 = icmp eq i64 %67, 110
  br i1 %68, label %69, label %47, !llvm.loop !21

69:                                               ; preds = %66, %88
  %70 = phi i64 [ %89, %88 ], [ 0, %66 ]
  %71 = getelementptr inbounds nuw [130 x double], ptr %3, i64 %70
  %72 = insertelement <2 x i64> poison, i64 %70, i64 0
  %73 = shufflevector <2 x i64> %72, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %74

74:                                               ; preds = %74, %69
  %75 = phi i64 [ 0, %69 ], [ %84, %74 ]
  %76 = phi <2 x i64> [ <i64 0, i64 1>, %69 ], [ %85, %74 ]
  %77 = add nuw nsw <2 x i64> %76, splat (i64 2)
  %78 = mul nuw nsw <2 x i64> %77, %73
  %79 = trunc nuw nsw <2 x i64> %78 to <2 x i32>
  %80 = urem <2 x i32> %79, splat (i32 120)
  %81 = uitofp nneg <2 x i32> %80 to <2 x double>
  %82 = fdiv <2 x double> %81, splat (double 1.200000e+02)
  %83 = getelementptr inbounds nuw double, ptr %71, i64 %75
  store <2 x double> %82, ptr %83, align 8, !tbaa !9
  %84 = add nuw i64 %75, 2
  %85 = add nuw nsw <2 x i64> %76, splat (i64 2)
  %86 = icmp eq i64 %84, 130
  br i1 %86, label %88, label %74, !llvm.loop !22

87:                                               ; preds = %88
  ret void

88:                                               ; preds = %74
  %89 = add nuw nsw i64 %70, 1
  %90 = icmp eq i64 %89, 100
  br i1 %90, label %87, label %69, !llvm.loop !23
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_2mm(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef captures(none) %4) unnamed_addr #3 {
  br label %6

6:                                                ; preds = %5, %10
  %7 = phi i64 [ 0, %5 ], [ %11, %10 ]
  %8 = getelementptr inbounds nuw [110 x double], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw [120 x double], ptr %1, i64 %7
  br label %13

10:                                               ; preds = %17
  %11 = add nuw nsw i64 %7, 1
  %12 = icmp eq i64 %11, 100
  br i1 %12, label %38, label %6, !llvm.loop !24

13:                                               ; preds = %6, %17
  %14 = phi i64 [ 0, %6 ], [ %18, %17 ]
  %15 = getelementptr inbounds nuw double, ptr %8, i64 %14
  store double 0.000000e+00, ptr %15, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw double, ptr %2, i64 %14
  br label %20

17:                                               ; preds = %20
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp eq i64 %18, 110
  br i1 %19, label %10, label %13, !llvm.loop !25

20:                                               ; preds = %20, %13
  %21 = phi i64 [ 0, %13 ], [ %36, %20 ]
  %22 = phi double [ 0.000000e+00, %13 ], [ %35, %20 ]
  %23 = getelementptr inbounds nuw double, ptr %9, i64 %21
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = fmul double %24, 1.500000e+00
  %26 = getelementptr inbounds nuw [110 x double], ptr %16, i64 %21
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call double @llvm.fmuladd.f64(double %25, double %27, double %22)
  store double %28, ptr %15, align 8, !tbaa !9
  %29 = or disjoint i64 %21, 1
  %30 = getelementptr inbounds nuw double, ptr %9, i64 %29
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = fmul double %31, 1.500000e+00
  %33 = getelementptr inbounds nuw [110 x double], ptr %16, i64 %29
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = tail call double @llvm.fmuladd.f64(double %32, double %34, double %28)
  store double %35, ptr %15, align 8, !tbaa !9
  %36 = add nuw nsw i64 %21, 2
  %37 = icmp eq i64 %36, 120
  br i1 %37, label %17, label %20, !llvm.loop !26

38:                                               ; preds = %10, %43
  %39 = phi i64 [ %44, %43 ], [ 0, %10 ]
  %40 = getelementptr inbounds nuw [130 x double], ptr %4, i64 %39
  %41 = getelementptr inbounds nuw [110 x double], ptr %0, i64 %39
  br label %46

42:                                               ; preds = %43
  ret void

43:                                               ; preds = %52
  %44 = add nuw nsw i64 %39, 1
  %45 = icmp eq i64 %44, 100
  br i1 %45, label %42, label %38, !llvm.loop !27

46:                                               ; preds = %38, %52
  %47 = phi i64 [ 0, %38 ], [ %53, %52 ]
  %48 = getelementptr inbounds nuw double, ptr %40, i64 %47
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fmul double %49, 1.200000e+00
  store double %50, ptr %48, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw double, ptr %3, i64 %47
  br label %55

52:                                               ; preds = %55
  %53 = add nuw nsw i64 %47, 1
  %54 = icmp eq i64 %53, 130
  br i1 %54, label %43, label %46, !llvm.loop !28

55:                                               ; preds = %55, %46
  %56 = phi i64 [ 0, %46 ], [ %69, %55 ]
  %57 = phi double [ %50, %46 ], [ %68, %55 ]
  %58 = getelementptr inbounds nuw double, ptr %41, i64 %56
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw [130 x double], ptr %51, i64 %56
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = tail call double @llvm.fmuladd.f64(double %59, double %61, double %57)
  store double %62, ptr %48, align 8, !tbaa !9
  %63 = or disjoint i64 %56, 1
  %64 = getelementptr inbounds nuw double, ptr %41, i64 %63
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw [130 x double], ptr %51, i64 %63
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = tail call double @llvm.fmuladd.f64(double %65, double %67, double %62)
  store double %68, ptr %48, align 8, !tbaa !9
  %69 = add nuw nsw i64 %56, 2
  %70 = icmp eq i64 %69, 110
  br i1 %70, label %52, label %55, !llvm.loop !29
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
!18 = distinct !{!18, !12, !15, !16}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12, !15, !16}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12, !15, !16}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12}
!25 = distinct !{!25, !12}
!26 = distinct !{!26, !12}
!27 = distinct !{!27, !12}
!28 = distinct !{!28, !12}
!29 = distinct !{!29, !12}
