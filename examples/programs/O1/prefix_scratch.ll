; ModuleID = 'prefix_scratch.c'
source_filename = "prefix_scratch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [49 x i8] c"smooth %.12e y[N-1] %.12e gain %.6e out[7] %.6e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(4800) ptr @malloc(i64 noundef 4800) #8
  %2 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #8
  %3 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #8
  br label %5

4:                                                ; preds = %5
  tail call fastcc void @kernel_prefix_smooth(ptr noundef %1)
  tail call fastcc void @kernel_octave_gain(ptr noundef %2, ptr noundef %3)
  br label %27

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %18, %5 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = urem i32 %7, 17
  %9 = uitofp nneg i32 %8 to double
  %10 = fdiv double %9, 1.700000e+01
  %11 = getelementptr inbounds nuw double, ptr %1, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = trunc nuw nsw i64 %6 to i32
  %13 = urem i32 %12, 13
  %14 = add nsw i32 %13, -6
  %15 = sitofp i32 %14 to float
  %16 = fmul float %15, 2.500000e-01
  %17 = getelementptr inbounds nuw float, ptr %2, i64 %6
  store float %16, ptr %17, align 4, !tbaa !11
  %18 = add nuw nsw i64 %6, 1
  %19 = icmp eq i64 %18, 600
  br i1 %19, label %4, label %5, !llvm.loop !13

20:                                               ; preds = %27
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 4792
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw i8, ptr %3, i64 28
  %24 = load float, ptr %23, align 4, !tbaa !11
  %25 = fpext float %24 to double
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %33, double noundef %22, double noundef %37, double noundef %25)
  tail call void @free(ptr noundef %1) #9
  tail call void @free(ptr noundef %2) #9
  tail call void @free(ptr noundef %3) #9
  ret i32 0

27:                                               ; preds = %4, %27
  %28 = phi i64 [ 0, %4 ], [ %38, %27 ]
  %29 = phi double [ 0.000000e+00, %4 ], [ %37, %27 ]
  %30 = phi double [ 0.000000e+00, %4 ], [ %33, %27 ]
  %31 = getelementptr inbounds nuw double, ptr %1, i64 %28
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = fadd double %30, %32
  %34 = getelementptr inbounds nuw float, ptr %3, i64 %28
  %35 = load float, ptr %34, align 4, !tbaa !11
  %36 = fpext float %35 to double
  %37 = fadd double %29, %36
  %38 = add nuw nsw i64 %28, 1
  %39 = icmp eq i64 %38, 600
  br i1 %39, label %20, label %27, !llvm.loop !16
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
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  br label %3

3:                                                ; preds = %1, %26
  %4 = phi i64 [ 1, %1 ], [ %9, %26 ]
  %5 = phi i64 [ 2, %1 ], [ %27, %26 ]
  %6 = phi i64 [ 0, %1 ], [ %28, %26 ]
  %7 = shl nuw nsw i64 %6, 3
  %8 = add nuw nsw i64 %7, 16
  %9 = add nuw nsw i64 %4, 1
  %10 = trunc nuw nsw i64 %9 to i32
  %11 = uitofp nneg i32 %10 to double
  %12 = fdiv double 1.000000e+00, %11
  br label %14

13:                                               ; preds = %26
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  ret void

14:                                               ; preds = %3, %14
  %15 = phi i64 [ 0, %3 ], [ %24, %14 ]
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %15
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = sub nuw nsw i64 %4, %15
  %19 = getelementptr inbounds nuw double, ptr %0, i64 %18
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = fadd double %17, %20
  %22 = tail call double @llvm.fmuladd.f64(double %21, double 5.000000e-01, double %12)
  %23 = getelementptr inbounds nuw double, ptr %2, i64 %15
  store double %22, ptr %23, align 8, !tbaa !9
  %24 = add nuw nsw i64 %15, 1
  %25 = icmp eq i64 %24, %5
  br i1 %25, label %26, label %14, !llvm.loop !17

26:                                               ; preds = %14
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(1) %0, ptr noundef nonnull align 16 dereferenceable(1) %2, i64 %8, i1 false), !tbaa !9
  %27 = add nuw nsw i64 %5, 1
  %28 = add nuw nsw i64 %6, 1
  %29 = icmp eq i64 %28, 599
  br i1 %29, label %13, label %3, !llvm.loop !18
}

; Function Attrs: noinline nounwind uwtable
define internal fastcc void @kernel_octave_gain(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1) unnamed_addr #0 {
  br label %4

3:                                                ; preds = %4
  ret void

4:                                                ; preds = %2, %4
  %5 = phi i64 [ 0, %2 ], [ %12, %4 ]
  %6 = getelementptr inbounds nuw float, ptr %0, i64 %5
  %7 = load float, ptr %6, align 4, !tbaa !11
  %8 = fadd float %7, -1.000000e+00
  %9 = tail call float @exp2f(float %8) #9
  %10 = fmul float %7, %9
  %11 = getelementptr inbounds nuw float, ptr %1, i64 %5
  store float %10, ptr %11, align 4, !tbaa !11
  %12 = add nuw nsw i64 %5, 1
  %13 = icmp eq i64 %12, 600
  br i1 %13, label %3, label %4, !llvm.loop !19
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

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!11 = !{!12, !12, i64 0}
!12 = !{!"float", !7, i64 0}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = distinct !{!16, !14, !15}
!17 = distinct !{!17, !14, !15}
!18 = distinct !{!18, !14, !15}
!19 = distinct !{!19, !14, !15}
