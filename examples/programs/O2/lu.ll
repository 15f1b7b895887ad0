; ModuleID = 'lu.c'
source_filename = "lu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[5][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(320000) ptr @malloc(i64 noundef 320000) #7
  br label %2

2:                                                ; preds = %0, %6
  %3 = phi i64 [ 0, %0 ], [ %7, %6 ]
  %4 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %3
  br label %9

5:                                                ; preds = %6
  tail call fastcc void @kernel_lu(ptr noundef nonnull %1)
  br label %34

6:                                                ; preds = %29
  %7 = add nuw nsw i64 %3, 1
  %8 = icmp eq i64 %7, 200
  br i1 %8, label %5, label %2, !llvm.loop !9

9:                                                ; preds = %29, %2
  %10 = phi i64 [ 0, %2 ], [ %32, %29 ]
  %11 = icmp eq i64 %3, %10
  br i1 %11, label %18, label %12

12:                                               ; preds = %9
  %13 = mul nuw nsw i64 %10, %3
  %14 = trunc nuw nsw i64 %13 to i32
  %15 = urem i32 %14, 7
  %16 = uitofp nneg i32 %15 to double
  %17 = fdiv double %16, 7.000000e+00
  br label %18

18:                                               ; preds = %9, %12
  %19 = phi double [ %17, %12 ], [ 2.010000e+02, %9 ]
  %20 = getelementptr inbounds nuw double, ptr %4, i64 %10
  store double %19, ptr %20, align 8, !tbaa !11
  %21 = or disjoint i64 %10, 1
  %22 = icmp eq i64 %3, %21
  br i1 %22, label %29, label %23

23:                                               ; preds = %18
  %24 = mul nuw nsw i64 %21, %3
  %25 = trunc nuw nsw i64 %24 to i32
  %26 = urem i32 %25, 7
  %27 = uitofp nneg i32 %26 to double
  %28 = fdiv double %27, 7.000000e+00
  br label %29

29:                                               ; preds = %23, %18
  %30 = phi double [ %28, %23 ], [ 2.010000e+02, %18 ]
  %31 = getelementptr inbounds nuw double, ptr %4, i64 %21
  store double %30, ptr %31, align 8, !tbaa !11
  %32 = add nuw nsw i64 %10, 2
  %33 = icmp eq i64 %32, 200
  br i1 %33, label %6, label %9, !llvm.loop !13

34:                                               ; preds = %5, %42
  %35 = phi i64 [ 0, %5 ], [ %43, %42 ]
  %36 = phi double [ 0.000000e+00, %5 ], [ %78, %42 ]
  %37 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %35
  br label %45

38:                                               ; preds = %42
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 8024
  %40 = load double, ptr %39, align 8, !tbaa !11
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %78, double noundef %40)
  tail call void @free(ptr noundef nonnull %1) #8
  ret i32 0

42:                                               ; preds = %45
  %43 = add nuw nsw i64 %35, 1
  %44 = icmp eq i64 %43, 200
  br i1 %44, label %38, label %34, !llvm.loop !14

45:                                               ; preds = %45, %34
  %46 = phi i64 [ 0, %34 ], [ %79, %45 ]
  %47 = phi double [ %36, %34 ], [ %78, %45 ]
  %48 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %49 = load double, ptr %48, align 8, !tbaa !11
  %50 = fadd double %47, %49
  %51 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 8
  %53 = load double, ptr %52, align 8, !tbaa !11
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 16
  %57 = load double, ptr %56, align 8, !tbaa !11
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 24
  %61 = load double, ptr %60, align 8, !tbaa !11
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 32
  %65 = load double, ptr %64, align 8, !tbaa !11
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 40
  %69 = load double, ptr %68, align 8, !tbaa !11
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 48
  %73 = load double, ptr %72, align 8, !tbaa !11
  %74 = fadd double %70, %73
  %75 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 56
  %77 = load double, ptr %76, align 8, !tbaa !11
  %78 = fadd double %74, %77
  %79 = add nuw nsw i64 %46, 8
  %80 = icmp eq i64 %79, 200
  br i1 %80, label %42, label %45, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_lu(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %75
  %3 = phi i64 [ 0, %1 ], [ %76, %75 ]
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %8, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %3
  br label %15

7:                                                ; preds = %75
  ret void

8:                                                ; preds = %40, %2
  %9 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %3
  %10 = and i64 %3, 1
  %11 = icmp eq i64 %3, 1
  %12 = and i64 %3, 9223372036854775806
  %13 = icmp eq i64 %10, 0
  %14 = icmp ne i64 %10, 0
  br label %69

15:                                               ; preds = %5, %40
  %16 = phi i64 [ 0, %5 ], [ %47, %40 ]
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %18, label %20

18:                                               ; preds = %15
  %19 = load double, ptr %6, align 8, !tbaa !11
  br label %40

20:                                               ; preds = %15
  %21 = getelementptr inbounds nuw double, ptr %0, i64 %16
  %22 = getelementptr inbounds nuw double, ptr %6, i64 %16
  %23 = load double, ptr %22, align 8, !tbaa !11
  %24 = and i64 %16, 1
  %25 = icmp eq i64 %16, 1
  br i1 %25, label %30, label %26

26:                                               ; preds = %20
  %27 = and i64 %16, 9223372036854775806
  br label %49

28:                                               ; preds = %49
  %29 = icmp eq i64 %24, 0
  br i1 %29, label %40, label %30

30:                                               ; preds = %28, %20
  %31 = phi i64 [ 0, %20 ], [ %66, %28 ]
  %32 = phi double [ %23, %20 ], [ %65, %28 ]
  %33 = icmp ne i64 %24, 0
  tail call void @llvm.assume(i1 %33)
  %34 = getelementptr inbounds nuw double, ptr %6, i64 %31
  %35 = load double, ptr %34, align 8, !tbaa !11
  %36 = getelementptr inbounds nuw [200 x double], ptr %21, i64 %31
  %37 = load double, ptr %36, align 8, !tbaa !11
  %38 = fneg double %35
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %37, double %32)
  store double %39, ptr %22, align 8, !tbaa !11
  br label %40

40:                                               ; preds = %30, %28, %18
  %41 = phi double [ %19, %18 ], [ %65, %28 ], [ %39, %30 ]
  %42 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %16
  %43 = getelementptr inbounds nuw double, ptr %42, i64 %16
  %44 = load double, ptr %43, align 8, !tbaa !11
  %45 = getelementptr inbounds nuw double, ptr %6, i64 %16
  %46 = fdiv double %41, %44
  store double %46, ptr %45, align 8, !tbaa !11
  %47 = add nuw nsw i64 %16, 1
  %48 = icmp eq i64 %47, %3
  br i1 %48, label %8, label %15, !llvm.loop !16

49:                                               ; preds = %49, %26
  %50 = phi i64 [ 0, %26 ], [ %66, %49 ]
  %51 = phi double [ %23, %26 ], [ %65, %49 ]
  %52 = phi i64 [ 0, %26 ], [ %67, %49 ]
  %53 = getelementptr inbounds nuw double, ptr %6, i64 %50
  %54 = load double, ptr %53, align 8, !tbaa !11
  %55 = getelementptr inbounds nuw [200 x double], ptr %21, i64 %50
  %56 = load double, ptr %55, align 8, !tbaa !11
  %57 = fneg double %54
  %58 = tail call double @llvm.fmuladd.f64(double %57, double %56, double %51)
  store double %58, ptr %22, align 8, !tbaa !11
  %59 = or disjoint i64 %50, 1
  %60 = getelementptr inbounds nuw double, ptr %6, i64 %59
  %61 = load double, ptr %60, align 8, !tbaa !11
  %62 = getelementptr inbounds nuw [200 x double], ptr %21, i64 %59
  %63 = load double, ptr %62, align 8, !tbaa !11
  %64 = fneg double %61
  %65 = tail call double @llvm.fmuladd.f64(double %64, double %63, double %58)
  store double %65, ptr %22, align 8, !tbaa !11
  %66 = add nuw nsw i64 %50, 2
  %67 = add i64 %52, 2
  %68 = icmp eq i64 %67, %27
  br i1 %68, label %28, label %49, !llvm.loop !17

69:                                               ; preds = %8, %88
  %70 = phi i64 [ %3, %8 ], [ %89, %88 ]
  br i1 %4, label %88, label %71

71:                                               ; preds = %69
  %72 = getelementptr inbounds nuw double, ptr %0, i64 %70
  %73 = getelementptr inbounds nuw double, ptr %9, i64 %70
  %74 = load double, ptr %73, align 8, !tbaa !11
  br i1 %11, label %79, label %91

75:                                               ; preds = %88
  %76 = add nuw nsw i64 %3, 1
  %77 = icmp eq i64 %76, 200
  br i1 %77, label %7, label %2, !llvm.loop !18

78:                                               ; preds = %91
  br i1 %13, label %88, label %79

79:                                               ; preds = %78, %71
  %80 = phi i64 [ 0, %71 ], [ %108, %78 ]
  %81 = phi double [ %74, %71 ], [ %107, %78 ]
  tail call void @llvm.assume(i1 %14)
  %82 = getelementptr inbounds nuw double, ptr %9, i64 %80
  %83 = load double, ptr %82, align 8, !tbaa !11
  %84 = getelementptr inbounds nuw [200 x double], ptr %72, i64 %80
  %85 = load double, ptr %84, align 8, !tbaa !11
  %86 = fneg double %83
  %87 = tail call double @llvm.fmuladd.f64(double %86, double %85, double %81)
  store double %87, ptr %73, align 8, !tbaa !11
  br label %88

88:                                               ; preds = %79, %78, %69
  %89 = add nuw nsw i64 %70, 1
  %90 = icmp eq i64 %89, 200
  br i1 %90, label %75, label %69, !llvm.loop !19

91:                                               ; preds = %71, %91
  %92 = phi i64 [ %108, %91 ], [ 0, %71 ]
  %93 = phi double [ %107, %91 ], [ %74, %71 ]
  %94 = phi i64 [ %109, %91 ], [ 0, %71 ]
  %95 = getelementptr inbounds nuw double, ptr %9, i64 %92
  %96 = load double, ptr %95, align 8, !tbaa !11
  %97 = getelementptr inbounds nuw [200 x double], ptr %72, i64 %92
  %98 = load double, ptr %97, align 8, !tbaa !11
  %99 = fneg double %96
  %100 = tail call double @llvm.fmuladd.f64(double %99, double %98, double %93)
  store double %100, ptr %73, align 8, !tbaa !11
  %101 = or disjoint i64 %92, 1
  %102 = getelementptr inbounds nuw double, ptr %9, i64 %101
  %103 = load double, ptr %102, align 8, !tbaa !11
  %104 = getelementptr inbounds nuw [200 x double], ptr %72, i64 %101
  %105 = load double, ptr %104, align 8, !tbaa !11
  %106 = fneg double %103
  %107 = tail call double @llvm.fmuladd.f64(double %106, double %105, double %100)
  store double %107, ptr %73, align 8, !tbaa !11
  %108 = add nuw nsw i64 %92, 2
  %109 = add i64 %94, 2
  %110 = icmp eq i64 %109, %12
  br i1 %110, label %78, label %91, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
