; ModuleID = 'heat_3d.c'
source_filename = "heat_3d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"sum %.12e A[3][4][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1728000) ptr @malloc(i64 noundef 1728000) #6
  %2 = tail call noalias dereferenceable_or_null(1728000) ptr @malloc(i64 noundef 1728000) #6
  br label %3

3:                                                ; preds = %0, %14
  %4 = phi i64 [ 0, %0 ], [ %15, %14 ]
  %5 = add nuw nsw i64 %4, 60
  %6 = getelementptr inbounds nuw [60 x [60 x double]], ptr %2, i64 %4
  %7 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %4
  br label %9

8:                                                ; preds = %14
  tail call fastcc void @kernel_heat_3d(ptr noundef %1, ptr noundef %2)
  br label %31

9:                                                ; preds = %3, %17
  %10 = phi i64 [ 0, %3 ], [ %18, %17 ]
  %11 = add nuw nsw i64 %5, %10
  %12 = getelementptr inbounds nuw [60 x double], ptr %6, i64 %10
  %13 = getelementptr inbounds nuw [60 x double], ptr %7, i64 %10
  br label %20

14:                                               ; preds = %17
  %15 = add nuw nsw i64 %4, 1
  %16 = icmp eq i64 %15, 60
  br i1 %16, label %8, label %3, !llvm.loop !9

17:                                               ; preds = %20
  %18 = add nuw nsw i64 %10, 1
  %19 = icmp eq i64 %18, 60
  br i1 %19, label %14, label %9, !llvm.loop !12

20:                                               ; preds = %9, %20
  %21 = phi i64 [ 0, %9 ], [ %29, %20 ]
  %22 = sub nuw nsw i64 %11, %21
  %23 = trunc nuw nsw i64 %22 to i32
  %24 = sitofp i32 %23 to double
  %25 = fmul double %24, 1.000000e+01
  %26 = fdiv double %25, 6.000000e+01
  %27 = getelementptr inbounds nuw double, ptr %12, i64 %21
  store double %26, ptr %27, align 8, !tbaa !13
  %28 = getelementptr inbounds nuw double, ptr %13, i64 %21
  store double %26, ptr %28, align 8, !tbaa !13
  %29 = add nuw nsw i64 %21, 1
  %30 = icmp eq i64 %29, 60
  br i1 %30, label %17, label %20, !llvm.loop !15

31:                                               ; preds = %8, %43
  %32 = phi i64 [ 0, %8 ], [ %44, %43 ]
  %33 = phi double [ 0.000000e+00, %8 ], [ %54, %43 ]
  %34 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %32
  br label %39

35:                                               ; preds = %43
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 88360
  %37 = load double, ptr %36, align 8, !tbaa !13
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %54, double noundef %37)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  ret i32 0

39:                                               ; preds = %31, %46
  %40 = phi i64 [ 0, %31 ], [ %47, %46 ]
  %41 = phi double [ %33, %31 ], [ %54, %46 ]
  %42 = getelementptr inbounds nuw [60 x double], ptr %34, i64 %40
  br label %49

43:                                               ; preds = %46
  %44 = add nuw nsw i64 %32, 1
  %45 = icmp eq i64 %44, 60
  br i1 %45, label %35, label %31, !llvm.loop !16

46:                                               ; preds = %49
  %47 = add nuw nsw i64 %40, 1
  %48 = icmp eq i64 %47, 60
  br i1 %48, label %43, label %39, !llvm.loop !17

49:                                               ; preds = %39, %49
  %50 = phi i64 [ 0, %39 ], [ %55, %49 ]
  %51 = phi double [ %41, %39 ], [ %54, %49 ]
  %52 = getelementptr inbounds nuw double, ptr %42, i64 %50
  %53 = load double, ptr %52, align 8, !tbaa !13
  %54 = fadd double %51, %53
  %55 = add nuw nsw i64 %50, 1
  %56 = icmp eq i64 %55, 60
  br i1 %56, label %46, label %49, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_heat_3d(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %61
  %4 = phi i32 [ 1, %2 ], [ %62, %61 ]
  br label %6

5:                                                ; preds = %61
  ret void

6:                                                ; preds = %3, %20
  %7 = phi i64 [ 1, %3 ], [ %21, %20 ]
  %8 = getelementptr inbounds nuw [60 x [60 x double]], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw i8, ptr %8, i64 28800
  %10 = getelementptr i8, ptr %8, i64 -28800
  %11 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %7
  br label %12

12:                                               ; preds = %6, %23
  %13 = phi i64 [ 1, %6 ], [ %24, %23 ]
  %14 = getelementptr inbounds nuw [60 x double], ptr %9, i64 %13
  %15 = getelementptr inbounds nuw [60 x double], ptr %8, i64 %13
  %16 = getelementptr inbounds nuw [60 x double], ptr %10, i64 %13
  %17 = getelementptr inbounds nuw i8, ptr %15, i64 480
  %18 = getelementptr i8, ptr %15, i64 -480
  %19 = getelementptr inbounds nuw [60 x double], ptr %11, i64 %13
  br label %26

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %7, 1
  %22 = icmp eq i64 %21, 59
  br i1 %22, label %55, label %6, !llvm.loop !19

23:                                               ; preds = %26
  %24 = add nuw nsw i64 %13, 1
  %25 = icmp eq i64 %24, 59
  br i1 %25, label %20, label %12, !llvm.loop !20

26:                                               ; preds = %12, %26
  %27 = phi i64 [ 1, %12 ], [ %44, %26 ]
  %28 = getelementptr inbounds nuw double, ptr %14, i64 %27
  %29 = load double, ptr %28, align 8, !tbaa !13
  %30 = getelementptr inbounds nuw double, ptr %15, i64 %27
  %31 = load double, ptr %30, align 8, !tbaa !13
  %32 = tail call double @llvm.fmuladd.f64(double %31, double -2.000000e+00, double %29)
  %33 = getelementptr inbounds nuw double, ptr %16, i64 %27
  %34 = load double, ptr %33, align 8, !tbaa !13
  %35 = fadd double %32, %34
  %36 = getelementptr inbounds nuw double, ptr %17, i64 %27
  %37 = load double, ptr %36, align 8, !tbaa !13
  %38 = tail call double @llvm.fmuladd.f64(double %31, double -2.000000e+00, double %37)
  %39 = getelementptr inbounds nuw double, ptr %18, i64 %27
  %40 = load double, ptr %39, align 8, !tbaa !13
  %41 = fadd double %38, %40
  %42 = fmul double %41, 1.250000e-01
  %43 = tail call double @llvm.fmuladd.f64(double %35, double 1.250000e-01, double %42)
  %44 = add nuw nsw i64 %27, 1
  %45 = getelementptr inbounds nuw double, ptr %15, i64 %44
  %46 = load double, ptr %45, align 8, !tbaa !13
  %47 = tail call double @llvm.fmuladd.f64(double %31, double -2.000000e+00, double %46)
  %48 = getelementptr i8, ptr %30, i64 -8
  %49 = load double, ptr %48, align 8, !tbaa !13
  %50 = fadd double %47, %49
  %51 = tail call double @llvm.fmuladd.f64(double %50, double 1.250000e-01, double %43)
  %52 = fadd double %31, %51
  %53 = getelementptr inbounds nuw double, ptr %19, i64 %27
  store double %52, ptr %53, align 8, !tbaa !13
  %54 = icmp eq i64 %44, 59
  br i1 %54, label %23, label %26, !llvm.loop !21

55:                                               ; preds = %20, %72
  %56 = phi i64 [ %73, %72 ], [ 1, %20 ]
  %57 = getelementptr inbounds nuw [60 x [60 x double]], ptr %1, i64 %56
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 28800
  %59 = getelementptr i8, ptr %57, i64 -28800
  %60 = getelementptr inbounds nuw [60 x [60 x double]], ptr %0, i64 %56
  br label %64

61:                                               ; preds = %72
  %62 = add nuw nsw i32 %4, 1
  %63 = icmp eq i32 %62, 11
  br i1 %63, label %5, label %3, !llvm.loop !22

64:                                               ; preds = %55, %75
  %65 = phi i64 [ 1, %55 ], [ %76, %75 ]
  %66 = getelementptr inbounds nuw [60 x double], ptr %58, i64 %65
  %67 = getelementptr inbounds nuw [60 x double], ptr %57, i64 %65
  %68 = getelementptr inbounds nuw [60 x double], ptr %59, i64 %65
  %69 = getelementptr inbounds nuw i8, ptr %67, i64 480
  %70 = getelementptr i8, ptr %67, i64 -480
  %71 = getelementptr inbounds nuw [60 x double], ptr %60, i64 %65
  br label %78

72:                                               ; preds = %75
  %73 = add nuw nsw i64 %56, 1
  %74 = icmp eq i64 %73, 59
  br i1 %74, label %61, label %55, !llvm.loop !23

75:                                               ; preds = %78
  %76 = add nuw nsw i64 %65, 1
  %77 = icmp eq i64 %76, 59
  br i1 %77, label %72, label %64, !llvm.loop !24

78:                                               ; preds = %64, %78
  %79 = phi i64 [ 1, %64 ], [ %96, %78 ]
  %80 = getelementptr inbounds nuw double, ptr %66, i64 %79
  %81 = load double, ptr %80, align 8, !tbaa !13
  %82 = getelementptr inbounds nuw double, ptr %67, i64 %79
  %83 = load double, ptr %82, align 8, !tbaa !13
  %84 = tail call double @llvm.fmuladd.f64(double %83, double -2.000000e+00, double %81)
  %85 = getelementptr inbounds nuw double, ptr %68, i64 %79
  %86 = load double, ptr %85, align 8, !tbaa !13
  %87 = fadd double %84, %86
  %88 = getelementptr inbounds nuw double, ptr %69, i64 %79
  %89 = load double, ptr %88, align 8, !tbaa !13
  %90 = tail call double @llvm.fmuladd.f64(double %83, double -2.000000e+00, double %89)
  %91 = getelementptr inbounds nuw double, ptr %70, i64 %79
  %92 = load double, ptr %91, align 8, !tbaa !13
  %93 = fadd double %90, %92
  %94 = fmul double %93, 1.250000e-01
  %95 = tail call double @llvm.fmuladd.f64(double %87, double 1.250000e-01, double %94)
  %96 = add nuw nsw i64 %79, 1
  %97 = getelementptr inbounds nuw double, ptr %67, i64 %96
  %98 = load double, ptr %97, align 8, !tbaa !13
  %99 = tail call double @llvm.fmuladd.f64(double %83, double -2.000000e+00, double %98)
  %100 = getelementptr i8, ptr %82, i64 -8
  %101 = load double, ptr %100, align 8, !tbaa !13
  %102 = fadd double %99, %101
  %103 = tail call double @llvm.fmuladd.f64(double %102, double 1.250000e-01, double %95)
  %104 = fadd double %83, %103
  %105 = getelementptr inbounds nuw double, ptr %71, i64 %79
  store double %104, ptr %105, align 8, !tbaa !13
  %106 = icmp eq i64 %96, 59
  br i1 %106, label %75, label %78, !llvm.loop !25
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"double", !7, i64 0}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
!24 = distinct !{!24, !10, !11}
!25 = distinct !{!25, !10, !11}
