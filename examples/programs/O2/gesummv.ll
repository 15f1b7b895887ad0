; ModuleID = 'gesummv.c'
source_filename = "gesummv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"y %.12e tmp[7] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(2000000) ptr @malloc(i64 noundef 2000000) #7
  %2 = tail call noalias dereferenceable_or_null(2000000) ptr @malloc(i64 noundef 2000000) #7
  %3 = tail call noalias dereferenceable_or_null(4000) ptr @malloc(i64 noundef 4000) #7
  %4 = tail call noalias dereferenceable_or_null(4000) ptr @malloc(i64 noundef 4000) #7
  %5 = tail call noalias dereferenceable_or_null(4000) ptr @malloc(i64 noundef 4000) #7
  br label %7

6:                                                ; preds = %35
  tail call fastcc void @kernel_gesummv(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef %3, ptr noundef nonnull %4, ptr noundef %5)
  br label %42

7:                                                ; preds = %0, %35
  %8 = phi i64 [ 0, %0 ], [ %36, %35 ]
  %9 = trunc nuw nsw i64 %8 to i32
  %10 = uitofp nneg i32 %9 to double
  %11 = fdiv double %10, 5.000000e+02
  %12 = getelementptr inbounds nuw double, ptr %4, i64 %8
  store double %11, ptr %12, align 8, !tbaa !9
  %13 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %8
  %14 = getelementptr inbounds nuw [500 x double], ptr %2, i64 %8
  %15 = insertelement <2 x i64> poison, i64 %8, i64 0
  %16 = shufflevector <2 x i64> %15, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %17

17:                                               ; preds = %17, %7
  %18 = phi i64 [ 0, %7 ], [ %32, %17 ]
  %19 = phi <2 x i64> [ <i64 0, i64 1>, %7 ], [ %33, %17 ]
  %20 = mul nuw nsw <2 x i64> %19, %16
  %21 = trunc <2 x i64> %20 to <2 x i32>
  %22 = add <2 x i32> %21, splat (i32 1)
  %23 = urem <2 x i32> %22, splat (i32 500)
  %24 = uitofp nneg <2 x i32> %23 to <2 x double>
  %25 = fdiv <2 x double> %24, splat (double 5.000000e+02)
  %26 = getelementptr inbounds nuw double, ptr %13, i64 %18
  store <2 x double> %25, ptr %26, align 8, !tbaa !9
  %27 = add <2 x i32> %21, splat (i32 2)
  %28 = urem <2 x i32> %27, splat (i32 500)
  %29 = uitofp nneg <2 x i32> %28 to <2 x double>
  %30 = fdiv <2 x double> %29, splat (double 5.000000e+02)
  %31 = getelementptr inbounds nuw double, ptr %14, i64 %18
  store <2 x double> %30, ptr %31, align 8, !tbaa !9
  %32 = add nuw i64 %18, 2
  %33 = add nuw nsw <2 x i64> %19, splat (i64 2)
  %34 = icmp eq i64 %32, 500
  br i1 %34, label %35, label %17, !llvm.loop !11

35:                                               ; preds = %17
  %36 = add nuw nsw i64 %8, 1
  %37 = icmp eq i64 %36, 500
  br i1 %37, label %6, label %7, !llvm.loop !15

38:                                               ; preds = %42
  %39 = getelementptr inbounds nuw i8, ptr %3, i64 56
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %63, double noundef %40)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef nonnull %4) #8
  tail call void @free(ptr noundef nonnull %5) #8
  ret i32 0

42:                                               ; preds = %42, %6
  %43 = phi i64 [ 0, %6 ], [ %64, %42 ]
  %44 = phi double [ 0.000000e+00, %6 ], [ %63, %42 ]
  %45 = getelementptr inbounds nuw double, ptr %5, i64 %43
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = fadd double %44, %46
  %48 = getelementptr inbounds nuw double, ptr %5, i64 %43
  %49 = getelementptr inbounds nuw i8, ptr %48, i64 8
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = fadd double %47, %50
  %52 = getelementptr inbounds nuw double, ptr %5, i64 %43
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 16
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = fadd double %51, %54
  %56 = getelementptr inbounds nuw double, ptr %5, i64 %43
  %57 = getelementptr inbounds nuw i8, ptr %56, i64 24
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = fadd double %55, %58
  %60 = getelementptr inbounds nuw double, ptr %5, i64 %43
  %61 = getelementptr inbounds nuw i8, ptr %60, i64 32
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = fadd double %59, %62
  %64 = add nuw nsw i64 %43, 5
  %65 = icmp eq i64 %64, 500
  br i1 %65, label %38, label %42, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_gesummv(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef writeonly captures(none) %4) unnamed_addr #2 {
  br label %6

6:                                                ; preds = %5, %11
  %7 = phi i64 [ 0, %5 ], [ %18, %11 ]
  %8 = getelementptr inbounds nuw [500 x double], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %7
  br label %20

10:                                               ; preds = %11
  ret void

11:                                               ; preds = %20
  %12 = getelementptr inbounds nuw double, ptr %2, i64 %7
  %13 = extractelement <2 x double> %45, i64 1
  store double %13, ptr %12, align 8, !tbaa !9
  %14 = extractelement <2 x double> %45, i64 0
  %15 = fmul double %14, 1.200000e+00
  %16 = tail call double @llvm.fmuladd.f64(double %13, double 1.500000e+00, double %15)
  %17 = getelementptr inbounds nuw double, ptr %4, i64 %7
  store double %16, ptr %17, align 8, !tbaa !9
  %18 = add nuw nsw i64 %7, 1
  %19 = icmp eq i64 %18, 500
  br i1 %19, label %10, label %6, !llvm.loop !17

20:                                               ; preds = %20, %6
  %21 = phi i64 [ 0, %6 ], [ %46, %20 ]
  %22 = phi <2 x double> [ zeroinitializer, %6 ], [ %45, %20 ]
  %23 = getelementptr inbounds nuw double, ptr %8, i64 %21
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %3, i64 %21
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %9, i64 %21
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = insertelement <2 x double> poison, double %28, i64 0
  %30 = insertelement <2 x double> %29, double %24, i64 1
  %31 = insertelement <2 x double> poison, double %26, i64 0
  %32 = shufflevector <2 x double> %31, <2 x double> poison, <2 x i32> zeroinitializer
  %33 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %30, <2 x double> %32, <2 x double> %22)
  %34 = or disjoint i64 %21, 1
  %35 = getelementptr inbounds nuw double, ptr %8, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = getelementptr inbounds nuw double, ptr %3, i64 %34
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw double, ptr %9, i64 %34
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = insertelement <2 x double> poison, double %40, i64 0
  %42 = insertelement <2 x double> %41, double %36, i64 1
  %43 = insertelement <2 x double> poison, double %38, i64 0
  %44 = shufflevector <2 x double> %43, <2 x double> poison, <2 x i32> zeroinitializer
  %45 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %42, <2 x double> %44, <2 x double> %33)
  %46 = add nuw nsw i64 %21, 2
  %47 = icmp eq i64 %46, 500
  br i1 %47, label %11, label %20, !llvm.loop !18
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
!18 = distinct !{!18, !12}
