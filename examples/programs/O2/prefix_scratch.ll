; ModuleID = 'prefix_scratch.c'
source_filename = "prefix_scratch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [49 x i8] c"smooth %.12e y[N-1] %.12e gain %.6e out[7] %.6e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(4800) ptr @malloc(i64 noundef 4800) #9
  %2 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #9
  %3 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #9
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i64 [ 0, %0 ], [ %17, %4 ]
  %6 = phi <2 x i16> [ <i16 0, i16 1>, %0 ], [ %18, %4 ]
  %7 = urem <2 x i16> %6, splat (i16 17)
  %8 = uitofp nneg <2 x i16> %7 to <2 x double>
  %9 = fdiv <2 x double> %8, splat (double 1.700000e+01)
  %10 = getelementptr inbounds nuw double, ptr %1, i64 %5
  store <2 x double> %9, ptr %10, align 8, !tbaa !9
  %11 = urem <2 x i16> %6, splat (i16 13)
  %12 = zext nneg <2 x i16> %11 to <2 x i32>
  %13 = add nsw <2 x i32> %12, splat (i32 -6)
  %14 = sitofp <2 x i32> %13 to <2 x float>
  %15 = fmul <2 x float> %14, splat (float 2.500000e-01)
  %16 = getelementptr inbounds nuw float, ptr %2, i64 %5
  store <2 x float> %15, ptr %16, align 4, !tbaa !11
  %17 = add nuw i64 %5, 2
  %18 = add <2 x i16> %6, splat (i16 2)
  %19 = icmp eq i64 %17, 600
  br i1 %19, label %20, label %4, !llvm.loop !13

20:                                               ; preds = %4
  tail call fastcc void @kernel_prefix_smooth(ptr noundef nonnull %1)
  tail call fastcc void @kernel_octave_gain(ptr noundef nonnull %2, ptr noundef %3)
  br label %28

21:                                               ; preds = %28
  %22 = getelementptr inbounds nuw i8, ptr %1, i64 4792
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw i8, ptr %3, i64 28
  %25 = load float, ptr %24, align 4, !tbaa !11
  %26 = fpext float %25 to double
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %58, double noundef %23, double noundef %62, double noundef %26)
  tail call void @free(ptr noundef nonnull %1) #10
  tail call void @free(ptr noundef nonnull %2) #10
  tail call void @free(ptr noundef nonnull %3) #10
  ret i32 0

28:                                               ; preds = %28, %20
  %29 = phi i64 [ 0, %20 ], [ %63, %28 ]
  %30 = phi double [ 0.000000e+00, %20 ], [ %62, %28 ]
  %31 = phi double [ 0.000000e+00, %20 ], [ %58, %28 ]
  %32 = getelementptr inbounds nuw double, ptr %1, i64 %29
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = fadd double %31, %33
  %35 = getelementptr inbounds nuw float, ptr %3, i64 %29
  %36 = load float, ptr %35, align 4, !tbaa !11
  %37 = fpext float %36 to double
  %38 = fadd double %30, %37
  %39 = or disjoint i64 %29, 1
  %40 = getelementptr inbounds nuw double, ptr %1, i64 %39
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = fadd double %34, %41
  %43 = getelementptr inbounds nuw float, ptr %3, i64 %39
  %44 = load float, ptr %43, align 4, !tbaa !11
  %45 = fpext float %44 to double
  %46 = fadd double %38, %45
  %47 = or disjoint i64 %29, 2
  %48 = getelementptr inbounds nuw double, ptr %1, i64 %47
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %42, %49
  %51 = getelementptr inbounds nuw float, ptr %3, i64 %47
  %52 = load float, ptr %51, align 4, !tbaa !11
  %53 = fpext float %52 to double
  %54 = fadd double %46, %53
  %55 = or disjoint i64 %29, 3
  %56 = getelementptr inbounds nuw double, ptr %1, i64 %55
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %50, %57
  %59 = getelementptr inbounds nuw float, ptr %3, i64 %55
  %60 = load float, ptr %59, align 4, !tbaa !11
  %61 = fpext float %60 to double
  %62 = fadd double %54, %61
  %63 = add nuw nsw i64 %29, 4
  %64 = icmp eq i64 %63, 600
  br i1 %64, label %21, label %28, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_prefix_smooth(ptr noundef captures(none) %0) unnamed_addr #3 {
  %2 = alloca [600 x double], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  br label %3

3:                                                ; preds = %1, %57
  %4 = phi i64 [ 1, %1 ], [ %9, %57 ]
  %5 = phi i64 [ 2, %1 ], [ %58, %57 ]
  %6 = phi i64 [ 0, %1 ], [ %59, %57 ]
  %7 = shl nuw nsw i64 %6, 3
  %8 = add nuw nsw i64 %7, 16
  %9 = add nuw nsw i64 %4, 1
  %10 = trunc nuw nsw i64 %9 to i32
  %11 = uitofp nneg i32 %10 to double
  %12 = fdiv double 1.000000e+00, %11
  %13 = icmp samesign ult i64 %5, 4
  br i1 %13, label %42, label %14

14:                                               ; preds = %3
  %15 = and i64 %5, 9223372036854775804
  %16 = insertelement <2 x double> poison, double %12, i64 0
  %17 = shufflevector <2 x double> %16, <2 x double> poison, <2 x i32> zeroinitializer
  br label %18

18:                                               ; preds = %18, %14
  %19 = phi i64 [ 0, %14 ], [ %38, %18 ]
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %19
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 16
  %22 = load <2 x double>, ptr %20, align 8, !tbaa !9
  %23 = load <2 x double>, ptr %21, align 8, !tbaa !9
  %24 = sub nuw nsw i64 %4, %19
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %24
  %26 = getelementptr inbounds i8, ptr %25, i64 -8
  %27 = getelementptr inbounds i8, ptr %25, i64 -24
  %28 = load <2 x double>, ptr %26, align 8, !tbaa !9
  %29 = load <2 x double>, ptr %27, align 8, !tbaa !9
  %30 = shufflevector <2 x double> %28, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %31 = shufflevector <2 x double> %29, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %32 = fadd <2 x double> %22, %30
  %33 = fadd <2 x double> %23, %31
  %34 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %32, <2 x double> splat (double 5.000000e-01), <2 x double> %17)
  %35 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %33, <2 x double> splat (double 5.000000e-01), <2 x double> %17)
  %36 = getelementptr inbounds nuw double, ptr %2, i64 %19
  %37 = getelementptr inbounds nuw i8, ptr %36, i64 16
  store <2 x double> %34, ptr %36, align 16, !tbaa !9
  store <2 x double> %35, ptr %37, align 16, !tbaa !9
  %38 = add nuw i64 %19, 4
  %39 = icmp eq i64 %38, %15
  br i1 %39, label %40, label %18, !llvm.loop !18

40:                                               ; preds = %18
  %41 = icmp eq i64 %5, %15
  br i1 %41, label %57, label %42

42:                                               ; preds = %3, %40
  %43 = phi i64 [ 0, %3 ], [ %15, %40 ]
  br label %45

44:                                               ; preds = %57
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret void

45:                                               ; preds = %42, %45
  %46 = phi i64 [ %55, %45 ], [ %43, %42 ]
  %47 = getelementptr inbounds nuw double, ptr %0, i64 %46
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = sub nuw nsw i64 %4, %46
  %50 = getelementptr inbounds nuw double, ptr %0, i64 %49
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fadd double %48, %51
  %53 = tail call double @llvm.fmuladd.f64(double %52, double 5.000000e-01, double %12)
  %54 = getelementptr inbounds nuw double, ptr %2, i64 %46
  store double %53, ptr %54, align 8, !tbaa !9
  %55 = add nuw nsw i64 %46, 1
  %56 = icmp eq i64 %55, %5
  br i1 %56, label %57, label %45, !llvm.loop !19

57:                                               ; preds = %45, %40
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(1) %0, ptr noundef nonnull align 16 dereferenceable(1) %2, i64 %8, i1 false), !tbaa !9
  %58 = add nuw nsw i64 %5, 1
  %59 = add nuw nsw i64 %6, 1
  %60 = icmp eq i64 %59, 599
  br i1 %60, label %44, label %3, !llvm.loop !20
}

; Function Attrs: noinline nounwind uwtable
define internal fastcc void @kernel_octave_gain(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1) unnamed_addr #0 {
  br label %4

3:                                                ; preds = %4
  ret void

4:                                                ; preds = %4, %2
  %5 = phi i64 [ 0, %2 ], [ %26, %4 ]
  %6 = getelementptr inbounds nuw float, ptr %0, i64 %5
  %7 = load float, ptr %6, align 4, !tbaa !11
  %8 = fadd float %7, -1.000000e+00
  %9 = tail call float @exp2f(float %8) #10
  %10 = fmul float %7, %9
  %11 = getelementptr inbounds nuw float, ptr %1, i64 %5
  store float %10, ptr %11, align 4, !tbaa !11
  %12 = add nuw nsw i64 %5, 1
  %13 = getelementptr inbounds nuw float, ptr %0, i64 %12
  %14 = load float, ptr %13, align 4, !tbaa !11
  %15 = fadd float %14, -1.000000e+00
  %16 = tail call float @exp2f(float %15) #10
  %17 = fmul float %14, %16
  %18 = getelementptr inbounds nuw float, ptr %1, i64 %12
  store float %17, ptr %18, align 4, !tbaa !11
  %19 = add nuw nsw i64 %5, 2
  %20 = getelementptr inbounds nuw float, ptr %0, i64 %19
  %21 = load float, ptr %20, align 4, !tbaa !11
  %22 = fadd float %21, -1.000000e+00
  %23 = tail call float @exp2f(float %22) #10
  %24 = fmul float %21, %23
  %25 = getelementptr inbounds nuw float, ptr %1, i64 %19
  store float %24, ptr %25, align 4, !tbaa !11
  %26 = add nuw nsw i64 %5, 3
  %27 = icmp eq i64 %26, 600
  br i1 %27, label %3, label %4, !llvm.loop !21
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

declare float @exp2f(float) local_unnamed_addr

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #8

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind allocsize(0) }
attributes #10 = { nounwind }

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
!11 = !{!12, !12, i64 0}
!12 = !{!"float", !7, i64 0}
!13 = distinct !{!13, !14, !15, !16}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = distinct !{!17, !14}
!18 = distinct !{!18, !14, !15, !16}
!19 = distinct !{!19, !14, !16, !15}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14}
