; ModuleID = 'standardize.c'
source_filename = "standardize.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [44 x i8] c"sum %.6e abs %.9e X[3][4] %.9e var[7] %.9e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(524288) ptr @malloc(i64 noundef 524288) #7
  %2 = tail call noalias dereferenceable_or_null(1024) ptr @malloc(i64 noundef 1024) #7
  %3 = tail call noalias dereferenceable_or_null(1024) ptr @malloc(i64 noundef 1024) #7
  br label %4

4:                                                ; preds = %0, %12
  %5 = phi i64 [ 0, %0 ], [ %13, %12 ]
  %6 = mul nuw nsw i64 %5, 5
  %7 = trunc nuw nsw i64 %5 to i32
  %8 = uitofp nneg i32 %7 to float
  %9 = fmul float %8, 3.906250e-03
  %10 = getelementptr inbounds nuw [512 x float], ptr %1, i64 %5
  br label %15

11:                                               ; preds = %12
  tail call fastcc void @kernel_standardize(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %27

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %5, 1
  %14 = icmp eq i64 %13, 256
  br i1 %14, label %11, label %4, !llvm.loop !9

15:                                               ; preds = %4, %15
  %16 = phi i64 [ 0, %4 ], [ %25, %15 ]
  %17 = mul nuw nsw i64 %16, 11
  %18 = add nuw nsw i64 %17, %6
  %19 = trunc nuw nsw i64 %18 to i32
  %20 = urem i32 %19, 37
  %21 = uitofp nneg i32 %20 to float
  %22 = fdiv float %21, 3.700000e+01
  %23 = fadd float %9, %22
  %24 = getelementptr inbounds nuw float, ptr %10, i64 %16
  store float %23, ptr %24, align 4, !tbaa !12
  %25 = add nuw nsw i64 %16, 1
  %26 = icmp eq i64 %25, 512
  br i1 %26, label %12, label %15, !llvm.loop !14

27:                                               ; preds = %11, %40
  %28 = phi i64 [ 0, %11 ], [ %41, %40 ]
  %29 = phi double [ 0.000000e+00, %11 ], [ %52, %40 ]
  %30 = phi double [ 0.000000e+00, %11 ], [ %50, %40 ]
  %31 = getelementptr inbounds nuw [512 x float], ptr %1, i64 %28
  br label %43

32:                                               ; preds = %40
  %33 = getelementptr inbounds nuw i8, ptr %1, i64 6160
  %34 = load float, ptr %33, align 4, !tbaa !12
  %35 = fpext float %34 to double
  %36 = getelementptr inbounds nuw i8, ptr %3, i64 28
  %37 = load float, ptr %36, align 4, !tbaa !12
  %38 = fpext float %37 to double
  %39 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %50, double noundef %52, double noundef %35, double noundef %38)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  ret i32 0

40:                                               ; preds = %43
  %41 = add nuw nsw i64 %28, 1
  %42 = icmp eq i64 %41, 256
  br i1 %42, label %32, label %27, !llvm.loop !15

43:                                               ; preds = %27, %43
  %44 = phi i64 [ 0, %27 ], [ %53, %43 ]
  %45 = phi double [ %29, %27 ], [ %52, %43 ]
  %46 = phi double [ %30, %27 ], [ %50, %43 ]
  %47 = getelementptr inbounds nuw float, ptr %31, i64 %44
  %48 = load float, ptr %47, align 4, !tbaa !12
  %49 = fpext float %48 to double
  %50 = fadd double %46, %49
  %51 = tail call double @llvm.fabs.f64(double %49)
  %52 = fadd double %45, %51
  %53 = add nuw nsw i64 %44, 1
  %54 = icmp eq i64 %53, 512
  br i1 %54, label %40, label %43, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_standardize(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %7
  %5 = phi i64 [ 0, %3 ], [ %10, %7 ]
  %6 = getelementptr inbounds nuw [512 x float], ptr %0, i64 %5
  br label %12

7:                                                ; preds = %12
  %8 = fmul float %17, 0x3F60000000000000
  %9 = getelementptr inbounds nuw float, ptr %1, i64 %5
  store float %8, ptr %9, align 4, !tbaa !12
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 256
  br i1 %11, label %20, label %4, !llvm.loop !17

12:                                               ; preds = %4, %12
  %13 = phi i64 [ 0, %4 ], [ %18, %12 ]
  %14 = phi float [ 0.000000e+00, %4 ], [ %17, %12 ]
  %15 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %16 = load float, ptr %15, align 4, !tbaa !12
  %17 = fadd float %14, %16
  %18 = add nuw nsw i64 %13, 1
  %19 = icmp eq i64 %18, 512
  br i1 %19, label %7, label %12, !llvm.loop !18

20:                                               ; preds = %7, %25
  %21 = phi i64 [ %28, %25 ], [ 0, %7 ]
  %22 = getelementptr inbounds nuw [512 x float], ptr %0, i64 %21
  %23 = getelementptr inbounds nuw float, ptr %1, i64 %21
  %24 = load float, ptr %23, align 4, !tbaa !12
  br label %30

25:                                               ; preds = %30
  %26 = fmul float %36, 0x3F60000000000000
  %27 = getelementptr inbounds nuw float, ptr %2, i64 %21
  store float %26, ptr %27, align 4, !tbaa !12
  %28 = add nuw nsw i64 %21, 1
  %29 = icmp eq i64 %28, 256
  br i1 %29, label %39, label %20, !llvm.loop !19

30:                                               ; preds = %20, %30
  %31 = phi i64 [ 0, %20 ], [ %37, %30 ]
  %32 = phi float [ 0.000000e+00, %20 ], [ %36, %30 ]
  %33 = getelementptr inbounds nuw float, ptr %22, i64 %31
  %34 = load float, ptr %33, align 4, !tbaa !12
  %35 = fsub float %34, %24
  %36 = tail call float @llvm.fmuladd.f32(float %35, float %35, float %32)
  %37 = add nuw nsw i64 %31, 1
  %38 = icmp eq i64 %37, 512
  br i1 %38, label %25, label %30, !llvm.loop !20

39:                                               ; preds = %25, %45
  %40 = phi i64 [ %46, %45 ], [ 0, %25 ]
  %41 = getelementptr inbounds nuw [512 x float], ptr %0, i64 %40
  %42 = getelementptr inbounds nuw float, ptr %1, i64 %40
  %43 = getelementptr inbounds nuw float, ptr %2, i64 %40
  br label %48

44:                                               ; preds = %45
  ret void

45:                                               ; preds = %48
  %46 = add nuw nsw i64 %40, 1
  %47 = icmp eq i64 %46, 256
  br i1 %47, label %44, label %39, !llvm.loop !21

48:                                               ; preds = %39, %48
  %49 = phi i64 [ 0, %39 ], [ %58, %48 ]
  %50 = getelementptr inbounds nuw float, ptr %41, i64 %49
  %51 = load float, ptr %50, align 4, !tbaa !12
  %52 = load float, ptr %42, align 4, !tbaa !12
  %53 = fsub float %51, %52
  %54 = load float, ptr %43, align 4, !tbaa !12
  %55 = fadd float %54, 0x3EE4F8B580000000
  %56 = tail call float @sqrtf(float noundef %55) #8, !tbaa !5
  %57 = fdiv float %53, %56
  store float %57, ptr %50, align 4, !tbaa !12
  %58 = add nuw nsw i64 %49, 1
  %59 = icmp eq i64 %58, 512
  br i1 %59, label %45, label %48, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare float @sqrtf(float noundef) local_unnamed_addr #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"float", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
