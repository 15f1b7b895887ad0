; ModuleID = 'atax.c'
source_filename = "atax.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"sum %.12e y[0] %.12e y[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1279200) ptr @malloc(i64 noundef 1279200) #8
  %2 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #8
  %3 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #8
  %4 = tail call noalias dereferenceable_or_null(3120) ptr @malloc(i64 noundef 3120) #8
  br label %5

5:                                                ; preds = %13, %0
  %6 = phi i64 [ 0, %0 ], [ %20, %13 ]
  %7 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %21, %13 ]
  %8 = uitofp nneg <2 x i32> %7 to <2 x double>
  %9 = fdiv <2 x double> %8, splat (double 4.100000e+02)
  %10 = fadd <2 x double> %9, splat (double 1.000000e+00)
  %11 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store <2 x double> %10, ptr %11, align 8, !tbaa !9
  %12 = icmp eq i64 %6, 408
  br i1 %12, label %22, label %13, !llvm.loop !11

13:                                               ; preds = %5
  %14 = add <2 x i32> %7, splat (i32 2)
  %15 = uitofp nneg <2 x i32> %14 to <2 x double>
  %16 = fdiv <2 x double> %15, splat (double 4.100000e+02)
  %17 = fadd <2 x double> %16, splat (double 1.000000e+00)
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %6
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 16
  store <2 x double> %17, ptr %19, align 8, !tbaa !9
  %20 = add nuw nsw i64 %6, 4
  %21 = add <2 x i32> %7, splat (i32 4)
  br label %5

22:                                               ; preds = %5, %49
  %23 = phi i64 [ %50, %49 ], [ 0, %5 ]
  %24 = getelementptr inbounds nuw [410 x double], ptr %1, i64 %23
  %25 = insertelement <2 x i64> poison, i64 %23, i64 0
  %26 = shufflevector <2 x i64> %25, <2 x i64> poison, <2 x i32> zeroinitializer
  %27 = add nuw nsw <2 x i64> splat (i64 2), %26
  br label %28

28:                                               ; preds = %38, %22
  %29 = phi i64 [ 0, %22 ], [ %46, %38 ]
  %30 = phi <2 x i64> [ <i64 0, i64 1>, %22 ], [ %47, %38 ]
  %31 = add nuw nsw <2 x i64> %30, %26
  %32 = trunc nuw nsw <2 x i64> %31 to <2 x i32>
  %33 = urem <2 x i32> %32, splat (i32 410)
  %34 = uitofp nneg <2 x i32> %33 to <2 x double>
  %35 = fdiv <2 x double> %34, splat (double 1.950000e+03)
  %36 = getelementptr inbounds nuw double, ptr %24, i64 %29
  store <2 x double> %35, ptr %36, align 8, !tbaa !9
  %37 = icmp eq i64 %29, 408
  br i1 %37, label %49, label %38, !llvm.loop !15

38:                                               ; preds = %28
  %39 = add nuw nsw <2 x i64> %30, %27
  %40 = trunc nuw nsw <2 x i64> %39 to <2 x i32>
  %41 = urem <2 x i32> %40, splat (i32 410)
  %42 = uitofp nneg <2 x i32> %41 to <2 x double>
  %43 = fdiv <2 x double> %42, splat (double 1.950000e+03)
  %44 = getelementptr inbounds nuw double, ptr %24, i64 %29
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 16
  store <2 x double> %43, ptr %45, align 8, !tbaa !9
  %46 = add nuw nsw i64 %29, 4
  %47 = add nuw nsw <2 x i64> %30, splat (i64 4)
  br label %28

48:                                               ; preds = %49
  tail call fastcc void @kernel_atax(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %57

49:                                               ; preds = %28
  %50 = add nuw nsw i64 %23, 1
  %51 = icmp eq i64 %50, 390
  br i1 %51, label %48, label %22, !llvm.loop !16

52:                                               ; preds = %57
  %53 = load double, ptr %3, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw i8, ptr %3, i64 3272
  %55 = load double, ptr %54, align 8, !tbaa !9
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %78, double noundef %53, double noundef %55)
  tail call void @free(ptr noundef nonnull %1) #9
  tail call void @free(ptr noundef %2) #9
  tail call void @free(ptr noundef nonnull %3) #9
  tail call void @free(ptr noundef %4) #9
  ret i32 0

57:                                               ; preds = %57, %48
  %58 = phi i64 [ 0, %48 ], [ %79, %57 ]
  %59 = phi double [ 0.000000e+00, %48 ], [ %78, %57 ]
  %60 = getelementptr inbounds nuw double, ptr %3, i64 %58
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %59, %61
  %63 = getelementptr inbounds nuw double, ptr %3, i64 %58
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 8
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %3, i64 %58
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 16
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %3, i64 %58
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 24
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %70, %73
  %75 = getelementptr inbounds nuw double, ptr %3, i64 %58
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 32
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %74, %77
  %79 = add nuw nsw i64 %58, 5
  %80 = icmp eq i64 %79, 410
  br i1 %80, label %52, label %57, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_atax(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) initializes((0, 3280)) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(3280) %2, i8 0, i64 3280, i1 false), !tbaa !9
  %5 = getelementptr i8, ptr %2, i64 3280
  %6 = getelementptr i8, ptr %0, i64 1279200
  %7 = getelementptr i8, ptr %3, i64 3120
  %8 = icmp ult ptr %2, %6
  %9 = icmp ult ptr %0, %5
  %10 = and i1 %8, %9
  %11 = icmp ult ptr %2, %7
  %12 = icmp ult ptr %3, %5
  %13 = and i1 %11, %12
  %14 = or i1 %10, %13
  br label %16

15:                                               ; preds = %68
  ret void

16:                                               ; preds = %4, %68
  %17 = phi i64 [ 0, %4 ], [ %69, %68 ]
  %18 = getelementptr inbounds nuw double, ptr %3, i64 %17
  store double 0.000000e+00, ptr %18, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw [410 x double], ptr %0, i64 %17
  br label %20

20:                                               ; preds = %20, %16
  %21 = phi i64 [ 0, %16 ], [ %34, %20 ]
  %22 = phi double [ 0.000000e+00, %16 ], [ %33, %20 ]
  %23 = getelementptr inbounds nuw double, ptr %19, i64 %21
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %1, i64 %21
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = tail call double @llvm.fmuladd.f64(double %24, double %26, double %22)
  store double %27, ptr %18, align 8, !tbaa !9
  %28 = or disjoint i64 %21, 1
  %29 = getelementptr inbounds nuw double, ptr %19, i64 %28
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw double, ptr %1, i64 %28
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = tail call double @llvm.fmuladd.f64(double %30, double %32, double %27)
  store double %33, ptr %18, align 8, !tbaa !9
  %34 = add nuw nsw i64 %21, 2
  %35 = icmp eq i64 %34, 410
  br i1 %35, label %36, label %20, !llvm.loop !18

36:                                               ; preds = %20
  br i1 %14, label %37, label %39

37:                                               ; preds = %43, %36
  %38 = phi i64 [ 0, %36 ], [ 408, %43 ]
  br label %71

39:                                               ; preds = %36
  %40 = load double, ptr %18, align 8, !tbaa !9, !alias.scope !19
  %41 = insertelement <2 x double> poison, double %40, i64 0
  %42 = shufflevector <2 x double> %41, <2 x double> poison, <2 x i32> zeroinitializer
  br label %43

43:                                               ; preds = %43, %39
  %44 = phi i64 [ 0, %39 ], [ %66, %43 ]
  %45 = getelementptr inbounds nuw double, ptr %2, i64 %44
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 16
  %47 = load <2 x double>, ptr %45, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %48 = load <2 x double>, ptr %46, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %49 = getelementptr inbounds nuw double, ptr %19, i64 %44
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 16
  %51 = load <2 x double>, ptr %49, align 8, !tbaa !9, !alias.scope !26
  %52 = load <2 x double>, ptr %50, align 8, !tbaa !9, !alias.scope !26
  %53 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %51, <2 x double> %42, <2 x double> %47)
  %54 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %52, <2 x double> %42, <2 x double> %48)
  store <2 x double> %53, ptr %45, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  store <2 x double> %54, ptr %46, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %55 = or disjoint i64 %44, 4
  %56 = getelementptr inbounds nuw double, ptr %2, i64 %55
  %57 = getelementptr inbounds nuw i8, ptr %56, i64 16
  %58 = load <2 x double>, ptr %56, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %59 = load <2 x double>, ptr %57, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %60 = getelementptr inbounds nuw double, ptr %19, i64 %55
  %61 = getelementptr inbounds nuw i8, ptr %60, i64 16
  %62 = load <2 x double>, ptr %60, align 8, !tbaa !9, !alias.scope !26
  %63 = load <2 x double>, ptr %61, align 8, !tbaa !9, !alias.scope !26
  %64 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %62, <2 x double> %42, <2 x double> %58)
  %65 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %42, <2 x double> %59)
  store <2 x double> %64, ptr %56, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  store <2 x double> %65, ptr %57, align 8, !tbaa !9, !alias.scope !22, !noalias !24
  %66 = add nuw nsw i64 %44, 8
  %67 = icmp eq i64 %66, 408
  br i1 %67, label %37, label %43, !llvm.loop !27

68:                                               ; preds = %71
  %69 = add nuw nsw i64 %17, 1
  %70 = icmp eq i64 %69, 390
  br i1 %70, label %15, label %16, !llvm.loop !28

71:                                               ; preds = %71, %37
  %72 = phi i64 [ %38, %37 ], [ %86, %71 ]
  %73 = getelementptr inbounds nuw double, ptr %2, i64 %72
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = getelementptr inbounds nuw double, ptr %19, i64 %72
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = load double, ptr %18, align 8, !tbaa !9
  %78 = tail call double @llvm.fmuladd.f64(double %76, double %77, double %74)
  store double %78, ptr %73, align 8, !tbaa !9
  %79 = or disjoint i64 %72, 1
  %80 = getelementptr inbounds nuw double, ptr %2, i64 %79
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw double, ptr %19, i64 %79
  %83 = load double, ptr %82, align 8, !tbaa !9
  %84 = load double, ptr %18, align 8, !tbaa !9
  %85 = tail call double @llvm.fmuladd.f64(double %83, double %84, double %81)
  store double %85, ptr %80, align 8, !tbaa !9
  %86 = add nuw nsw i64 %72, 2
  %87 = icmp eq i64 %86, 410
  br i1 %87, label %68, label %71, !llvm.loop !29
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!15 = distinct !{!15, !12, !13, !14}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = !{!20}
!20 = distinct !{!20, !21}
!21 = distinct !{!21, !"LVerDomain"}
!22 = !{!23}
!23 = distinct !{!23, !21}
!24 = !{!25, !20}
!25 = distinct !{!25, !21}
!26 = !{!25}
!27 = distinct !{!27, !12, !13, !14}
!28 = distinct !{!28, !12}
!29 = distinct !{!29, !12, !13}
