; ModuleID = 'conv2d.c'
source_filename = "conv2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.9e out[7][9] %.9e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [5 x [5 x float]], align 16
  %2 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #7
  %3 = tail call noalias dereferenceable_or_null(374144) ptr @malloc(i64 noundef 374144) #7
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #8
  br label %4

4:                                                ; preds = %0, %9
  %5 = phi i64 [ 0, %0 ], [ %10, %9 ]
  %6 = mul nuw nsw i64 %5, 5
  %7 = add nuw i64 %6, 4294967284
  %8 = getelementptr inbounds nuw [5 x float], ptr %1, i64 %5
  br label %12

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 5
  br i1 %11, label %21, label %4, !llvm.loop !9

12:                                               ; preds = %4, %12
  %13 = phi i64 [ 0, %4 ], [ %19, %12 ]
  %14 = add i64 %7, %13
  %15 = trunc i64 %14 to i32
  %16 = sitofp i32 %15 to float
  %17 = fdiv float %16, 2.500000e+01
  %18 = getelementptr inbounds nuw float, ptr %8, i64 %13
  store float %17, ptr %18, align 4, !tbaa !12
  %19 = add nuw nsw i64 %13, 1
  %20 = icmp eq i64 %19, 5
  br i1 %20, label %9, label %12, !llvm.loop !14

21:                                               ; preds = %9, %26
  %22 = phi i64 [ %27, %26 ], [ 0, %9 ]
  %23 = mul nuw nsw i64 %22, 3
  %24 = getelementptr inbounds nuw [320 x float], ptr %2, i64 %22
  br label %29

25:                                               ; preds = %26
  call fastcc void @kernel_conv2d(ptr noundef %2, ptr noundef %1, ptr noundef %3)
  br label %40

26:                                               ; preds = %29
  %27 = add nuw nsw i64 %22, 1
  %28 = icmp eq i64 %27, 300
  br i1 %28, label %25, label %21, !llvm.loop !15

29:                                               ; preds = %21, %29
  %30 = phi i64 [ 0, %21 ], [ %38, %29 ]
  %31 = mul nuw nsw i64 %30, 5
  %32 = add nuw nsw i64 %31, %23
  %33 = trunc nuw nsw i64 %32 to i32
  %34 = urem i32 %33, 29
  %35 = uitofp nneg i32 %34 to float
  %36 = fdiv float %35, 2.900000e+01
  %37 = getelementptr inbounds nuw float, ptr %24, i64 %30
  store float %36, ptr %37, align 4, !tbaa !12
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, 320
  br i1 %39, label %26, label %29, !llvm.loop !16

40:                                               ; preds = %25, %49
  %41 = phi i64 [ 0, %25 ], [ %50, %49 ]
  %42 = phi double [ 0.000000e+00, %25 ], [ %58, %49 ]
  %43 = getelementptr inbounds nuw [316 x float], ptr %3, i64 %41
  br label %52

44:                                               ; preds = %49
  %45 = getelementptr inbounds nuw i8, ptr %3, i64 8884
  %46 = load float, ptr %45, align 4, !tbaa !12
  %47 = fpext float %46 to double
  %48 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %58, double noundef %47)
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #8
  ret i32 0

49:                                               ; preds = %52
  %50 = add nuw nsw i64 %41, 1
  %51 = icmp eq i64 %50, 296
  br i1 %51, label %44, label %40, !llvm.loop !17

52:                                               ; preds = %40, %52
  %53 = phi i64 [ 0, %40 ], [ %59, %52 ]
  %54 = phi double [ %42, %40 ], [ %58, %52 ]
  %55 = getelementptr inbounds nuw float, ptr %43, i64 %53
  %56 = load float, ptr %55, align 4, !tbaa !12
  %57 = fpext float %56 to double
  %58 = fadd double %54, %57
  %59 = add nuw nsw i64 %53, 1
  %60 = icmp eq i64 %59, 316
  br i1 %60, label %49, label %52, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_conv2d(ptr noundef readonly captures(none) %0, ptr noundef nonnull readonly captures(none) %1, ptr noundef writeonly captures(none) %2) unnamed_addr #3 {
  br label %4

4:                                                ; preds = %3, %12
  %5 = phi i64 [ 0, %3 ], [ %13, %12 ]
  %6 = getelementptr inbounds nuw [316 x float], ptr %2, i64 %5
  %7 = getelementptr inbounds [320 x float], ptr %0, i64 %5
  br label %9

8:                                                ; preds = %12
  ret void

9:                                                ; preds = %4, %20
  %10 = phi i64 [ 0, %4 ], [ %22, %20 ]
  %11 = getelementptr inbounds float, ptr %7, i64 %10
  br label %15

12:                                               ; preds = %20
  %13 = add nuw nsw i64 %5, 1
  %14 = icmp eq i64 %13, 296
  br i1 %14, label %8, label %4, !llvm.loop !19

15:                                               ; preds = %9, %24
  %16 = phi i64 [ 0, %9 ], [ %25, %24 ]
  %17 = phi float [ 0.000000e+00, %9 ], [ %34, %24 ]
  %18 = getelementptr inbounds nuw [5 x float], ptr %1, i64 %16
  %19 = getelementptr inbounds [320 x float], ptr %11, i64 %16
  br label %27

20:                                               ; preds = %24
  %21 = getelementptr inbounds nuw float, ptr %6, i64 %10
  store float %34, ptr %21, align 4, !tbaa !12
  %22 = add nuw nsw i64 %10, 1
  %23 = icmp eq i64 %22, 316
  br i1 %23, label %12, label %9, !llvm.loop !20

24:                                               ; preds = %27
  %25 = add nuw nsw i64 %16, 1
  %26 = icmp eq i64 %25, 5
  br i1 %26, label %20, label %15, !llvm.loop !21

27:                                               ; preds = %15, %27
  %28 = phi i64 [ 0, %15 ], [ %35, %27 ]
  %29 = phi float [ %17, %15 ], [ %34, %27 ]
  %30 = getelementptr inbounds float, ptr %19, i64 %28
  %31 = load float, ptr %30, align 4, !tbaa !12
  %32 = getelementptr inbounds nuw float, ptr %18, i64 %28
  %33 = load float, ptr %32, align 4, !tbaa !12
  %34 = tail call float @llvm.fmuladd.f32(float %31, float %33, float %29)
  %35 = add nuw nsw i64 %28, 1
  %36 = icmp eq i64 %35, 5
  br i1 %36, label %24, label %27, !llvm.loop !22
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
