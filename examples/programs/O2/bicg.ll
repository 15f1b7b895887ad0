; ModuleID = 'bicg.c'
source_filename = "bicg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [17 x i8] c"s %.12e q %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1279200) ptr @malloc(i64 noundef 1279200) #7
  %2 = tail call noalias dereferenceable_or_null(3120) ptr @malloc(i64 noundef 3120) #7
  %3 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #7
  %4 = tail call noalias dereferenceable_or_null(3120) ptr @malloc(i64 noundef 3120) #7
  %5 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #7
  br label %6

6:                                                ; preds = %6, %0
  %7 = phi i64 [ 0, %0 ], [ %22, %6 ]
  %8 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %23, %6 ]
  %9 = uitofp nneg <2 x i32> %8 to <2 x double>
  %10 = fdiv <2 x double> %9, splat (double 3.900000e+02)
  %11 = getelementptr inbounds nuw double, ptr %4, i64 %7
  store <2 x double> %10, ptr %11, align 8, !tbaa !9
  %12 = add <2 x i32> %8, splat (i32 2)
  %13 = uitofp nneg <2 x i32> %12 to <2 x double>
  %14 = fdiv <2 x double> %13, splat (double 3.900000e+02)
  %15 = getelementptr inbounds nuw double, ptr %4, i64 %7
  %16 = getelementptr inbounds nuw i8, ptr %15, i64 16
  store <2 x double> %14, ptr %16, align 8, !tbaa !9
  %17 = add <2 x i32> %8, splat (i32 4)
  %18 = uitofp nneg <2 x i32> %17 to <2 x double>
  %19 = fdiv <2 x double> %18, splat (double 3.900000e+02)
  %20 = getelementptr inbounds nuw double, ptr %4, i64 %7
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 32
  store <2 x double> %19, ptr %21, align 8, !tbaa !9
  %22 = add nuw nsw i64 %7, 6
  %23 = add <2 x i32> %8, splat (i32 6)
  %24 = icmp eq i64 %22, 390
  br i1 %24, label %26, label %6, !llvm.loop !11

25:                                               ; preds = %48
  tail call fastcc void @kernel_bicg(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef nonnull %5)
  br label %51

26:                                               ; preds = %6, %48
  %27 = phi i64 [ %49, %48 ], [ 0, %6 ]
  %28 = trunc nuw nsw i64 %27 to i32
  %29 = uitofp nneg i32 %28 to double
  %30 = fdiv double %29, 4.100000e+02
  %31 = getelementptr inbounds nuw double, ptr %5, i64 %27
  store double %30, ptr %31, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw [390 x double], ptr %1, i64 %27
  %33 = insertelement <2 x i64> poison, i64 %27, i64 0
  %34 = shufflevector <2 x i64> %33, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %35

35:                                               ; preds = %35, %26
  %36 = phi i64 [ 0, %26 ], [ %45, %35 ]
  %37 = phi <2 x i64> [ <i64 0, i64 1>, %26 ], [ %46, %35 ]
  %38 = add nuw nsw <2 x i64> %37, splat (i64 1)
  %39 = mul nuw nsw <2 x i64> %38, %34
  %40 = trunc nuw nsw <2 x i64> %39 to <2 x i32>
  %41 = urem <2 x i32> %40, splat (i32 410)
  %42 = uitofp nneg <2 x i32> %41 to <2 x double>
  %43 = fdiv <2 x double> %42, splat (double 4.100000e+02)
  %44 = getelementptr inbounds nuw double, ptr %32, i64 %36
  store <2 x double> %43, ptr %44, align 8, !tbaa !9
  %45 = add nuw i64 %36, 2
  %46 = add nuw nsw <2 x i64> %37, splat (i64 2)
  %47 = icmp eq i64 %45, 390
  br i1 %47, label %48, label %35, !llvm.loop !15

48:                                               ; preds = %35
  %49 = add nuw nsw i64 %27, 1
  %50 = icmp eq i64 %49, 410
  br i1 %50, label %25, label %26, !llvm.loop !16

51:                                               ; preds = %51, %25
  %52 = phi i64 [ 0, %25 ], [ %77, %51 ]
  %53 = phi double [ 0.000000e+00, %25 ], [ %76, %51 ]
  %54 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %55 = load double, ptr %54, align 8, !tbaa !9
  %56 = fadd double %53, %55
  %57 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 8
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = fadd double %56, %59
  %61 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 16
  %63 = load double, ptr %62, align 8, !tbaa !9
  %64 = fadd double %60, %63
  %65 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 24
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = fadd double %64, %67
  %69 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 32
  %71 = load double, ptr %70, align 8, !tbaa !9
  %72 = fadd double %68, %71
  %73 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %74 = getelementptr inbounds nuw i8, ptr %73, i64 40
  %75 = load double, ptr %74, align 8, !tbaa !9
  %76 = fadd double %72, %75
  %77 = add nuw nsw i64 %52, 6
  %78 = icmp eq i64 %77, 390
  br i1 %78, label %81, label %51, !llvm.loop !17

79:                                               ; preds = %81
  %80 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %76, double noundef %102)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  tail call void @free(ptr noundef %4) #8
  tail call void @free(ptr noundef nonnull %5) #8
  ret i32 0

81:                                               ; preds = %51, %81
  %82 = phi i64 [ %103, %81 ], [ 0, %51 ]
  %83 = phi double [ %102, %81 ], [ 0.000000e+00, %51 ]
  %84 = getelementptr inbounds nuw double, ptr %3, i64 %82
  %85 = load double, ptr %84, align 8, !tbaa !9
  %86 = fadd double %83, %85
  %87 = getelementptr inbounds nuw double, ptr %3, i64 %82
  %88 = getelementptr inbounds nuw i8, ptr %87, i64 8
  %89 = load double, ptr %88, align 8, !tbaa !9
  %90 = fadd double %86, %89
  %91 = getelementptr inbounds nuw double, ptr %3, i64 %82
  %92 = getelementptr inbounds nuw i8, ptr %91, i64 16
  %93 = load double, ptr %92, align 8, !tbaa !9
  %94 = fadd double %90, %93
  %95 = getelementptr inbounds nuw double, ptr %3, i64 %82
  %96 = getelementptr inbounds nuw i8, ptr %95, i64 24
  %97 = load double, ptr %96, align 8, !tbaa !9
  %98 = fadd double %94, %97
  %99 = getelementptr inbounds nuw double, ptr %3, i64 %82
  %100 = getelementptr inbounds nuw i8, ptr %99, i64 32
  %101 = load double, ptr %100, align 8, !tbaa !9
  %102 = fadd double %98, %101
  %103 = add nuw nsw i64 %82, 5
  %104 = icmp eq i64 %103, 410
  br i1 %104, label %79, label %81, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_bicg(ptr noundef readonly captures(none) %0, ptr noundef captures(none) initializes((0, 3120)) %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(3120) %1, i8 0, i64 3120, i1 false), !tbaa !9
  br label %7

6:                                                ; preds = %12
  ret void

7:                                                ; preds = %5, %12
  %8 = phi i64 [ 0, %5 ], [ %13, %12 ]
  %9 = getelementptr inbounds nuw double, ptr %2, i64 %8
  store double 0.000000e+00, ptr %9, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw double, ptr %4, i64 %8
  %11 = getelementptr inbounds nuw [390 x double], ptr %0, i64 %8
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %8, 1
  %14 = icmp eq i64 %13, 410
  br i1 %14, label %6, label %7, !llvm.loop !19

15:                                               ; preds = %7, %15
  %16 = phi i64 [ 0, %7 ], [ %28, %15 ]
  %17 = getelementptr inbounds nuw double, ptr %1, i64 %16
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = load double, ptr %10, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw double, ptr %11, i64 %16
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = tail call double @llvm.fmuladd.f64(double %19, double %21, double %18)
  store double %22, ptr %17, align 8, !tbaa !9
  %23 = load double, ptr %9, align 8, !tbaa !9
  %24 = load double, ptr %20, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %3, i64 %16
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = tail call double @llvm.fmuladd.f64(double %24, double %26, double %23)
  store double %27, ptr %9, align 8, !tbaa !9
  %28 = add nuw nsw i64 %16, 1
  %29 = icmp eq i64 %28, 390
  br i1 %29, label %12, label %15, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
!15 = distinct !{!15, !12, !13, !14}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
