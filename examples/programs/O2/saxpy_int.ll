; ModuleID = 'saxpy_int.c'
source_filename = "saxpy_int.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"ints %ld floats %.9e z[77] %.9e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  %2 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  %3 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  %4 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  br label %5

5:                                                ; preds = %5, %0
  %6 = phi i64 [ 0, %0 ], [ %21, %5 ]
  %7 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %0 ], [ %22, %5 ]
  %8 = phi <4 x i16> [ <i16 0, i16 1, i16 2, i16 3>, %0 ], [ %23, %5 ]
  %9 = mul <4 x i32> %7, splat (i32 7919)
  %10 = urem <4 x i32> %9, splat (i32 1000)
  %11 = add nsw <4 x i32> %10, splat (i32 -500)
  %12 = getelementptr inbounds nuw i32, ptr %1, i64 %6
  store <4 x i32> %11, ptr %12, align 4, !tbaa !5
  %13 = urem <4 x i16> %8, splat (i16 100)
  %14 = uitofp nneg <4 x i16> %13 to <4 x float>
  %15 = fdiv <4 x float> %14, splat (float 1.000000e+02)
  %16 = getelementptr inbounds nuw float, ptr %2, i64 %6
  store <4 x float> %15, ptr %16, align 4, !tbaa !9
  %17 = urem <4 x i16> %8, splat (i16 37)
  %18 = uitofp nneg <4 x i16> %17 to <4 x float>
  %19 = fdiv <4 x float> %18, splat (float 3.700000e+01)
  %20 = getelementptr inbounds nuw float, ptr %3, i64 %6
  store <4 x float> %19, ptr %20, align 4, !tbaa !9
  %21 = add nuw i64 %6, 4
  %22 = add <4 x i32> %7, splat (i32 4)
  %23 = add <4 x i16> %8, splat (i16 4)
  %24 = icmp eq i64 %21, 50000
  br i1 %24, label %25, label %5, !llvm.loop !11

25:                                               ; preds = %5
  tail call fastcc void @kernel_clamp(ptr noundef nonnull %1)
  tail call fastcc void @kernel_saxpy(ptr noundef nonnull %2, ptr noundef nonnull %3)
  tail call fastcc void @kernel_scale_copy(ptr noundef nonnull %3, ptr noundef %4)
  br label %31

26:                                               ; preds = %31
  %27 = getelementptr inbounds nuw i8, ptr %4, i64 308
  %28 = load float, ptr %27, align 4, !tbaa !9
  %29 = fpext float %28 to double
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %65, double noundef %69, double noundef %29)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  tail call void @free(ptr noundef nonnull %4) #8
  ret i32 0

31:                                               ; preds = %31, %25
  %32 = phi i64 [ 0, %25 ], [ %70, %31 ]
  %33 = phi double [ 0.000000e+00, %25 ], [ %69, %31 ]
  %34 = phi i64 [ 0, %25 ], [ %65, %31 ]
  %35 = getelementptr inbounds nuw i32, ptr %1, i64 %32
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = sext i32 %36 to i64
  %38 = add nsw i64 %34, %37
  %39 = getelementptr inbounds nuw float, ptr %4, i64 %32
  %40 = load float, ptr %39, align 4, !tbaa !9
  %41 = fpext float %40 to double
  %42 = fadd double %33, %41
  %43 = or disjoint i64 %32, 1
  %44 = getelementptr inbounds nuw i32, ptr %1, i64 %43
  %45 = load i32, ptr %44, align 4, !tbaa !5
  %46 = sext i32 %45 to i64
  %47 = add nsw i64 %38, %46
  %48 = getelementptr inbounds nuw float, ptr %4, i64 %43
  %49 = load float, ptr %48, align 4, !tbaa !9
  %50 = fpext float %49 to double
  %51 = fadd double %42, %50
  %52 = or disjoint i64 %32, 2
  %53 = getelementptr inbounds nuw i32, ptr %1, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = sext i32 %54 to i64
  %56 = add nsw i64 %47, %55
  %57 = getelementptr inbounds nuw float, ptr %4, i64 %52
  %58 = load float, ptr %57, align 4, !tbaa !9
  %59 = fpext float %58 to double
  %60 = fadd double %51, %59
  %61 = or disjoint i64 %32, 3
  %62 = getelementptr inbounds nuw i32, ptr %1, i64 %61
  %63 = load i32, ptr %62, align 4, !tbaa !5
  %64 = sext i32 %63 to i64
  %65 = add nsw i64 %56, %64
  %66 = getelementptr inbounds nuw float, ptr %4, i64 %61
  %67 = load float, ptr %66, align 4, !tbaa !9
  %68 = fpext float %67 to double
  %69 = fadd double %60, %68
  %70 = add nuw nsw i64 %32, 4
  %71 = icmp eq i64 %70, 50000
  br i1 %71, label %26, label %31, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_clamp(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i64 [ 0, %1 ], [ %12, %2 ]
  %4 = getelementptr inbounds nuw i32, ptr %0, i64 %3
  %5 = getelementptr inbounds nuw i8, ptr %4, i64 16
  %6 = load <4 x i32>, ptr %4, align 4, !tbaa !5
  %7 = load <4 x i32>, ptr %5, align 4, !tbaa !5
  %8 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %6, <4 x i32> splat (i32 -100))
  %9 = tail call <4 x i32> @llvm.smax.v4i32(<4 x i32> %7, <4 x i32> splat (i32 -100))
  %10 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %8, <4 x i32> splat (i32 250))
  %11 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %9, <4 x i32> splat (i32 250))
  store <4 x i32> %10, ptr %4, align 4, !tbaa !5
  store <4 x i32> %11, ptr %5, align 4, !tbaa !5
  %12 = add nuw i64 %3, 8
  %13 = icmp eq i64 %12, 50000
  br i1 %13, label %14, label %2, !llvm.loop !16

14:                                               ; preds = %2
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_saxpy(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  %3 = getelementptr i8, ptr %1, i64 200000
  %4 = getelementptr i8, ptr %0, i64 200000
  %5 = icmp ult ptr %1, %4
  %6 = icmp ult ptr %0, %3
  %7 = and i1 %5, %6
  br i1 %7, label %34, label %8

8:                                                ; preds = %2, %8
  %9 = phi i64 [ %31, %8 ], [ 0, %2 ]
  %10 = getelementptr inbounds nuw float, ptr %0, i64 %9
  %11 = getelementptr inbounds nuw i8, ptr %10, i64 16
  %12 = load <4 x float>, ptr %10, align 4, !tbaa !9, !alias.scope !17
  %13 = load <4 x float>, ptr %11, align 4, !tbaa !9, !alias.scope !17
  %14 = getelementptr inbounds nuw float, ptr %1, i64 %9
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 16
  %16 = load <4 x float>, ptr %14, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  %17 = load <4 x float>, ptr %15, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  %18 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %12, <4 x float> splat (float 2.500000e+00), <4 x float> %16)
  %19 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %13, <4 x float> splat (float 2.500000e+00), <4 x float> %17)
  store <4 x float> %18, ptr %14, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  store <4 x float> %19, ptr %15, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  %20 = or disjoint i64 %9, 8
  %21 = getelementptr inbounds nuw float, ptr %0, i64 %20
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 16
  %23 = load <4 x float>, ptr %21, align 4, !tbaa !9, !alias.scope !17
  %24 = load <4 x float>, ptr %22, align 4, !tbaa !9, !alias.scope !17
  %25 = getelementptr inbounds nuw float, ptr %1, i64 %20
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 16
  %27 = load <4 x float>, ptr %25, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  %28 = load <4 x float>, ptr %26, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  %29 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %23, <4 x float> splat (float 2.500000e+00), <4 x float> %27)
  %30 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %24, <4 x float> splat (float 2.500000e+00), <4 x float> %28)
  store <4 x float> %29, ptr %25, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  store <4 x float> %30, ptr %26, align 4, !tbaa !9, !alias.scope !20, !noalias !17
  %31 = add nuw nsw i64 %9, 16
  %32 = icmp eq i64 %31, 50000
  br i1 %32, label %33, label %8, !llvm.loop !22

33:                                               ; preds = %8, %34
  ret void

34:                                               ; preds = %2, %34
  %35 = phi i64 [ %47, %34 ], [ 0, %2 ]
  %36 = getelementptr inbounds nuw float, ptr %0, i64 %35
  %37 = load float, ptr %36, align 4, !tbaa !9
  %38 = getelementptr inbounds nuw float, ptr %1, i64 %35
  %39 = load float, ptr %38, align 4, !tbaa !9
  %40 = tail call float @llvm.fmuladd.f32(float %37, float 2.500000e+00, float %39)
  store float %40, ptr %38, align 4, !tbaa !9
  %41 = or disjoint i64 %35, 1
  %42 = getelementptr inbounds nuw float, ptr %0, i64 %41
  %43 = load float, ptr %42, align 4, !tbaa !9
  %44 = getelementptr inbounds nuw float, ptr %1, i64 %41
  %45 = load float, ptr %44, align 4, !tbaa !9
  %46 = tail call float @llvm.fmuladd.f32(float %43, float 2.500000e+00, float %45)
  store float %46, ptr %44, align 4, !tbaa !9
  %47 = add nuw nsw i64 %35, 2
  %48 = icmp eq i64 %47, 50000
  br i1 %48, label %33, label %34, !llvm.loop !23
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_scale_copy(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1) unnamed_addr #2 {
  %3 = ptrtoint ptr %1 to i64
  %4 = ptrtoint ptr %0 to i64
  %5 = sub i64 %3, %4
  %6 = icmp ult i64 %5, 32
  br i1 %6, label %29, label %7

7:                                                ; preds = %2, %7
  %8 = phi i64 [ %26, %7 ], [ 0, %2 ]
  %9 = getelementptr inbounds nuw float, ptr %0, i64 %8
  %10 = getelementptr inbounds nuw i8, ptr %9, i64 16
  %11 = load <4 x float>, ptr %9, align 4, !tbaa !9
  %12 = load <4 x float>, ptr %10, align 4, !tbaa !9
  %13 = fmul <4 x float> %11, splat (float 5.000000e-01)
  %14 = fmul <4 x float> %12, splat (float 5.000000e-01)
  %15 = getelementptr inbounds nuw float, ptr %1, i64 %8
  %16 = getelementptr inbounds nuw i8, ptr %15, i64 16
  store <4 x float> %13, ptr %15, align 4, !tbaa !9
  store <4 x float> %14, ptr %16, align 4, !tbaa !9
  %17 = or disjoint i64 %8, 8
  %18 = getelementptr inbounds nuw float, ptr %0, i64 %17
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 16
  %20 = load <4 x float>, ptr %18, align 4, !tbaa !9
  %21 = load <4 x float>, ptr %19, align 4, !tbaa !9
  %22 = fmul <4 x float> %20, splat (float 5.000000e-01)
  %23 = fmul <4 x float> %21, splat (float 5.000000e-01)
  %24 = getelementptr inbounds nuw float, ptr %1, i64 %17
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 16
  store <4 x float> %22, ptr %24, align 4, !tbaa !9
  store <4 x float> %23, ptr %25, align 4, !tbaa !9
  %26 = add nuw nsw i64 %8, 16
  %27 = icmp eq i64 %26, 50000
  br i1 %27, label %28, label %7, !llvm.loop !24

28:                                               ; preds = %7, %29
  ret void

29:                                               ; preds = %2, %29
  %30 = phi i64 [ %55, %29 ], [ 0, %2 ]
  %31 = getelementptr inbounds nuw float, ptr %0, i64 %30
  %32 = load float, ptr %31, align 4, !tbaa !9
  %33 = fmul float %32, 5.000000e-01
  %34 = getelementptr inbounds nuw float, ptr %1, i64 %30
  store float %33, ptr %34, align 4, !tbaa !9
  %35 = add nuw nsw i64 %30, 1
  %36 = getelementptr inbounds nuw float, ptr %0, i64 %35
  %37 = load float, ptr %36, align 4, !tbaa !9
  %38 = fmul float %37, 5.000000e-01
  %39 = getelementptr inbounds nuw float, ptr %1, i64 %35
  store float %38, ptr %39, align 4, !tbaa !9
  %40 = add nuw nsw i64 %30, 2
  %41 = getelementptr inbounds nuw float, ptr %0, i64 %40
  %42 = load float, ptr %41, align 4, !tbaa !9
  %43 = fmul float %42, 5.000000e-01
  %44 = getelementptr inbounds nuw float, ptr %1, i64 %40
  store float %43, ptr %44, align 4, !tbaa !9
  %45 = add nuw nsw i64 %30, 3
  %46 = getelementptr inbounds nuw float, ptr %0, i64 %45
  %47 = load float, ptr %46, align 4, !tbaa !9
  %48 = fmul float %47, 5.000000e-01
  %49 = getelementptr inbounds nuw float, ptr %1, i64 %45
  store float %48, ptr %49, align 4, !tbaa !9
  %50 = add nuw nsw i64 %30, 4
  %51 = getelementptr inbounds nuw float, ptr %0, i64 %50
  %52 = load float, ptr %51, align 4, !tbaa !9
  %53 = fmul float %52, 5.000000e-01
  %54 = getelementptr inbounds nuw float, ptr %1, i64 %50
  store float %53, ptr %54, align 4, !tbaa !9
  %55 = add nuw nsw i64 %30, 5
  %56 = icmp eq i64 %55, 50000
  br i1 %56, label %28, label %29, !llvm.loop !25
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smax.v4i32(<4 x i32>, <4 x i32>) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smin.v4i32(<4 x i32>, <4 x i32>) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #6

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
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12, !13, !14}
!17 = !{!18}
!18 = distinct !{!18, !19}
!19 = distinct !{!19, !"LVerDomain"}
!20 = !{!21}
!21 = distinct !{!21, !19}
!22 = distinct !{!22, !12, !13, !14}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13, !14}
!25 = distinct !{!25, !12, !13}
