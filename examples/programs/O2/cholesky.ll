; ModuleID = 'cholesky.c'
source_filename = "cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[7][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(460800) ptr @malloc(i64 noundef 460800) #8
  br label %2

2:                                                ; preds = %0, %24
  %3 = phi i64 [ 0, %0 ], [ %4, %24 ]
  %4 = add nuw nsw i64 %3, 1
  %5 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %3
  %6 = insertelement <2 x i64> poison, i64 %3, i64 0
  %7 = shufflevector <2 x i64> %6, <2 x i64> poison, <2 x i32> zeroinitializer
  %8 = insertelement <2 x i64> poison, i64 %4, i64 0
  %9 = shufflevector <2 x i64> %8, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %2
  %11 = phi i64 [ 0, %2 ], [ %20, %10 ]
  %12 = phi <2 x i64> [ <i64 0, i64 1>, %2 ], [ %21, %10 ]
  %13 = icmp eq <2 x i64> %7, %12
  %14 = add nuw nsw <2 x i64> %9, %12
  %15 = trunc nuw nsw <2 x i64> %14 to <2 x i32>
  %16 = uitofp nneg <2 x i32> %15 to <2 x double>
  %17 = fdiv <2 x double> splat (double 1.000000e+00), %16
  %18 = select <2 x i1> %13, <2 x double> splat (double 4.800000e+02), <2 x double> %17
  %19 = getelementptr inbounds nuw double, ptr %5, i64 %11
  store <2 x double> %18, ptr %19, align 8, !tbaa !9
  %20 = add nuw i64 %11, 2
  %21 = add nuw nsw <2 x i64> %12, splat (i64 2)
  %22 = icmp eq i64 %20, 240
  br i1 %22, label %24, label %10, !llvm.loop !11

23:                                               ; preds = %24
  tail call fastcc void @kernel_cholesky(ptr noundef nonnull %1)
  br label %26

24:                                               ; preds = %10
  %25 = icmp eq i64 %4, 240
  br i1 %25, label %23, label %2, !llvm.loop !15

26:                                               ; preds = %23, %55
  %27 = phi i64 [ 0, %23 ], [ %57, %55 ]
  %28 = phi i64 [ 1, %23 ], [ %58, %55 ]
  %29 = phi double [ 0.000000e+00, %23 ], [ %56, %55 ]
  %30 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %27
  %31 = and i64 %28, 7
  %32 = icmp samesign ult i64 %27, 7
  br i1 %32, label %41, label %33

33:                                               ; preds = %26
  %34 = and i64 %28, 9223372036854775800
  br label %60

35:                                               ; preds = %55
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 13464
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %56, double noundef %37)
  tail call void @free(ptr noundef nonnull %1) #9
  ret i32 0

39:                                               ; preds = %60
  %40 = icmp eq i64 %31, 0
  br i1 %40, label %55, label %41

41:                                               ; preds = %39, %26
  %42 = phi i64 [ 0, %26 ], [ %95, %39 ]
  %43 = phi double [ %29, %26 ], [ %94, %39 ]
  %44 = icmp ne i64 %31, 0
  tail call void @llvm.assume(i1 %44)
  br label %45

45:                                               ; preds = %45, %41
  %46 = phi i64 [ %42, %41 ], [ %52, %45 ]
  %47 = phi double [ %43, %41 ], [ %51, %45 ]
  %48 = phi i64 [ 0, %41 ], [ %53, %45 ]
  %49 = getelementptr inbounds nuw double, ptr %30, i64 %46
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = fadd double %47, %50
  %52 = add nuw nsw i64 %46, 1
  %53 = add i64 %48, 1
  %54 = icmp eq i64 %53, %31
  br i1 %54, label %55, label %45, !llvm.loop !16

55:                                               ; preds = %45, %39
  %56 = phi double [ %94, %39 ], [ %51, %45 ]
  %57 = add nuw nsw i64 %27, 1
  %58 = add nuw nsw i64 %28, 1
  %59 = icmp eq i64 %57, 240
  br i1 %59, label %35, label %26, !llvm.loop !18

60:                                               ; preds = %60, %33
  %61 = phi i64 [ 0, %33 ], [ %95, %60 ]
  %62 = phi double [ %29, %33 ], [ %94, %60 ]
  %63 = phi i64 [ 0, %33 ], [ %96, %60 ]
  %64 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 8
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 16
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %70, %73
  %75 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 24
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %74, %77
  %79 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 32
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = fadd double %78, %81
  %83 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %84 = getelementptr inbounds nuw i8, ptr %83, i64 40
  %85 = load double, ptr %84, align 8, !tbaa !9
  %86 = fadd double %82, %85
  %87 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %88 = getelementptr inbounds nuw i8, ptr %87, i64 48
  %89 = load double, ptr %88, align 8, !tbaa !9
  %90 = fadd double %86, %89
  %91 = getelementptr inbounds nuw double, ptr %30, i64 %61
  %92 = getelementptr inbounds nuw i8, ptr %91, i64 56
  %93 = load double, ptr %92, align 8, !tbaa !9
  %94 = fadd double %90, %93
  %95 = add nuw nsw i64 %61, 8
  %96 = add i64 %63, 8
  %97 = icmp eq i64 %96, %34
  br i1 %97, label %39, label %60, !llvm.loop !19
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_cholesky(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %82
  %3 = phi i64 [ 0, %1 ], [ %87, %82 ]
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %8, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  br label %18

7:                                                ; preds = %82
  ret void

8:                                                ; preds = %2
  %9 = load double, ptr %0, align 8, !tbaa !9
  br label %82

10:                                               ; preds = %43
  %11 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  %12 = getelementptr inbounds nuw double, ptr %11, i64 %3
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = and i64 %3, 1
  %15 = icmp eq i64 %3, 1
  br i1 %15, label %74, label %16

16:                                               ; preds = %10
  %17 = and i64 %3, 9223372036854775806
  br label %89

18:                                               ; preds = %5, %43
  %19 = phi i64 [ 0, %5 ], [ %50, %43 ]
  %20 = icmp eq i64 %19, 0
  br i1 %20, label %21, label %23

21:                                               ; preds = %18
  %22 = load double, ptr %6, align 8, !tbaa !9
  br label %43

23:                                               ; preds = %18
  %24 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %19
  %25 = getelementptr inbounds nuw double, ptr %6, i64 %19
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = and i64 %19, 1
  %28 = icmp eq i64 %19, 1
  br i1 %28, label %33, label %29

29:                                               ; preds = %23
  %30 = and i64 %19, 9223372036854775806
  br label %52

31:                                               ; preds = %52
  %32 = icmp eq i64 %27, 0
  br i1 %32, label %43, label %33

33:                                               ; preds = %31, %23
  %34 = phi i64 [ 0, %23 ], [ %69, %31 ]
  %35 = phi double [ %26, %23 ], [ %68, %31 ]
  %36 = icmp ne i64 %27, 0
  tail call void @llvm.assume(i1 %36)
  %37 = getelementptr inbounds nuw double, ptr %6, i64 %34
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw double, ptr %24, i64 %34
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = fneg double %38
  %42 = tail call double @llvm.fmuladd.f64(double %41, double %40, double %35)
  store double %42, ptr %25, align 8, !tbaa !9
  br label %43

43:                                               ; preds = %33, %31, %21
  %44 = phi double [ %22, %21 ], [ %68, %31 ], [ %42, %33 ]
  %45 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %19
  %46 = getelementptr inbounds nuw double, ptr %45, i64 %19
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw double, ptr %6, i64 %19
  %49 = fdiv double %44, %47
  store double %49, ptr %48, align 8, !tbaa !9
  %50 = add nuw nsw i64 %19, 1
  %51 = icmp eq i64 %50, %3
  br i1 %51, label %10, label %18, !llvm.loop !20

52:                                               ; preds = %52, %29
  %53 = phi i64 [ 0, %29 ], [ %69, %52 ]
  %54 = phi double [ %26, %29 ], [ %68, %52 ]
  %55 = phi i64 [ 0, %29 ], [ %70, %52 ]
  %56 = getelementptr inbounds nuw double, ptr %6, i64 %53
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw double, ptr %24, i64 %53
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = fneg double %57
  %61 = tail call double @llvm.fmuladd.f64(double %60, double %59, double %54)
  store double %61, ptr %25, align 8, !tbaa !9
  %62 = or disjoint i64 %53, 1
  %63 = getelementptr inbounds nuw double, ptr %6, i64 %62
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = getelementptr inbounds nuw double, ptr %24, i64 %62
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = fneg double %64
  %68 = tail call double @llvm.fmuladd.f64(double %67, double %66, double %61)
  store double %68, ptr %25, align 8, !tbaa !9
  %69 = add nuw nsw i64 %53, 2
  %70 = add i64 %55, 2
  %71 = icmp eq i64 %70, %30
  br i1 %71, label %31, label %52, !llvm.loop !21

72:                                               ; preds = %89
  %73 = icmp eq i64 %14, 0
  br i1 %73, label %82, label %74

74:                                               ; preds = %72, %10
  %75 = phi i64 [ 0, %10 ], [ %102, %72 ]
  %76 = phi double [ %13, %10 ], [ %101, %72 ]
  %77 = icmp ne i64 %14, 0
  tail call void @llvm.assume(i1 %77)
  %78 = getelementptr inbounds nuw double, ptr %11, i64 %75
  %79 = load double, ptr %78, align 8, !tbaa !9
  %80 = fneg double %79
  %81 = tail call double @llvm.fmuladd.f64(double %80, double %79, double %76)
  store double %81, ptr %12, align 8, !tbaa !9
  br label %82

82:                                               ; preds = %74, %72, %8
  %83 = phi double [ %9, %8 ], [ %101, %72 ], [ %81, %74 ]
  %84 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  %85 = getelementptr inbounds nuw double, ptr %84, i64 %3
  %86 = tail call double @sqrt(double noundef %83) #9, !tbaa !5
  store double %86, ptr %85, align 8, !tbaa !9
  %87 = add nuw nsw i64 %3, 1
  %88 = icmp eq i64 %87, 240
  br i1 %88, label %7, label %2, !llvm.loop !22

89:                                               ; preds = %89, %16
  %90 = phi i64 [ 0, %16 ], [ %102, %89 ]
  %91 = phi double [ %13, %16 ], [ %101, %89 ]
  %92 = phi i64 [ 0, %16 ], [ %103, %89 ]
  %93 = getelementptr inbounds nuw double, ptr %11, i64 %90
  %94 = load double, ptr %93, align 8, !tbaa !9
  %95 = fneg double %94
  %96 = tail call double @llvm.fmuladd.f64(double %95, double %94, double %91)
  store double %96, ptr %12, align 8, !tbaa !9
  %97 = getelementptr inbounds nuw double, ptr %11, i64 %90
  %98 = getelementptr inbounds nuw i8, ptr %97, i64 8
  %99 = load double, ptr %98, align 8, !tbaa !9
  %100 = fneg double %99
  %101 = tail call double @llvm.fmuladd.f64(double %100, double %99, double %96)
  store double %101, ptr %12, align 8, !tbaa !9
  %102 = add nuw nsw i64 %90, 2
  %103 = add i64 %92, 2
  %104 = icmp eq i64 %103, %17
  br i1 %104, label %72, label %89, !llvm.loop !23
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
