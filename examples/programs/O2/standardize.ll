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

4:                                                ; preds = %0, %30
  %5 = phi i64 [ 0, %0 ], [ %31, %30 ]
  %6 = getelementptr inbounds nuw [512 x float], ptr %1, i64 %5
  %7 = trunc nuw nsw i64 %5 to i32
  %8 = uitofp nneg i32 %7 to float
  %9 = fmul float %8, 3.906250e-03
  %10 = mul nuw nsw i64 %5, 5
  %11 = insertelement <4 x i64> poison, i64 %10, i64 0
  %12 = shufflevector <4 x i64> %11, <4 x i64> poison, <4 x i32> zeroinitializer
  %13 = insertelement <4 x float> poison, float %9, i64 0
  %14 = shufflevector <4 x float> %13, <4 x float> poison, <4 x i32> zeroinitializer
  br label %15

15:                                               ; preds = %15, %4
  %16 = phi i64 [ 0, %4 ], [ %26, %15 ]
  %17 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %4 ], [ %27, %15 ]
  %18 = mul nuw nsw <4 x i64> %17, splat (i64 11)
  %19 = add nuw nsw <4 x i64> %18, %12
  %20 = trunc nuw nsw <4 x i64> %19 to <4 x i32>
  %21 = urem <4 x i32> %20, splat (i32 37)
  %22 = uitofp nneg <4 x i32> %21 to <4 x float>
  %23 = fdiv <4 x float> %22, splat (float 3.700000e+01)
  %24 = fadd <4 x float> %14, %23
  %25 = getelementptr inbounds nuw float, ptr %6, i64 %16
  store <4 x float> %24, ptr %25, align 4, !tbaa !9
  %26 = add nuw i64 %16, 4
  %27 = add nuw nsw <4 x i64> %17, splat (i64 4)
  %28 = icmp eq i64 %26, 512
  br i1 %28, label %30, label %15, !llvm.loop !11

29:                                               ; preds = %30
  tail call fastcc void @kernel_standardize(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3)
  br label %33

30:                                               ; preds = %15
  %31 = add nuw nsw i64 %5, 1
  %32 = icmp eq i64 %31, 256
  br i1 %32, label %29, label %4, !llvm.loop !15

33:                                               ; preds = %29, %46
  %34 = phi i64 [ 0, %29 ], [ %47, %46 ]
  %35 = phi double [ 0.000000e+00, %29 ], [ %65, %46 ]
  %36 = phi double [ 0.000000e+00, %29 ], [ %63, %46 ]
  %37 = getelementptr inbounds nuw [512 x float], ptr %1, i64 %34
  br label %49

38:                                               ; preds = %46
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 6160
  %40 = load float, ptr %39, align 4, !tbaa !9
  %41 = fpext float %40 to double
  %42 = getelementptr inbounds nuw i8, ptr %3, i64 28
  %43 = load float, ptr %42, align 4, !tbaa !9
  %44 = fpext float %43 to double
  %45 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %63, double noundef %65, double noundef %41, double noundef %44)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  ret i32 0

46:                                               ; preds = %49
  %47 = add nuw nsw i64 %34, 1
  %48 = icmp eq i64 %47, 256
  br i1 %48, label %38, label %33, !llvm.loop !16

49:                                               ; preds = %49, %33
  %50 = phi i64 [ 0, %33 ], [ %66, %49 ]
  %51 = phi double [ %35, %33 ], [ %65, %49 ]
  %52 = phi double [ %36, %33 ], [ %63, %49 ]
  %53 = getelementptr inbounds nuw float, ptr %37, i64 %50
  %54 = load float, ptr %53, align 4, !tbaa !9
  %55 = fpext float %54 to double
  %56 = fadd double %52, %55
  %57 = tail call double @llvm.fabs.f64(double %55)
  %58 = fadd double %51, %57
  %59 = getelementptr inbounds nuw float, ptr %37, i64 %50
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 4
  %61 = load float, ptr %60, align 4, !tbaa !9
  %62 = fpext float %61 to double
  %63 = fadd double %56, %62
  %64 = tail call double @llvm.fabs.f64(double %62)
  %65 = fadd double %58, %64
  %66 = add nuw nsw i64 %50, 2
  %67 = icmp eq i64 %66, 512
  br i1 %67, label %46, label %49, !llvm.loop !17
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
  %8 = fmul float %45, 0x3F60000000000000
  %9 = getelementptr inbounds nuw float, ptr %1, i64 %5
  store float %8, ptr %9, align 4, !tbaa !9
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 256
  br i1 %11, label %48, label %4, !llvm.loop !18

12:                                               ; preds = %12, %4
  %13 = phi i64 [ 0, %4 ], [ %46, %12 ]
  %14 = phi float [ 0.000000e+00, %4 ], [ %45, %12 ]
  %15 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %16 = load float, ptr %15, align 4, !tbaa !9
  %17 = fadd float %14, %16
  %18 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 4
  %20 = load float, ptr %19, align 4, !tbaa !9
  %21 = fadd float %17, %20
  %22 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %23 = getelementptr inbounds nuw i8, ptr %22, i64 8
  %24 = load float, ptr %23, align 4, !tbaa !9
  %25 = fadd float %21, %24
  %26 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %27 = getelementptr inbounds nuw i8, ptr %26, i64 12
  %28 = load float, ptr %27, align 4, !tbaa !9
  %29 = fadd float %25, %28
  %30 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %31 = getelementptr inbounds nuw i8, ptr %30, i64 16
  %32 = load float, ptr %31, align 4, !tbaa !9
  %33 = fadd float %29, %32
  %34 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %35 = getelementptr inbounds nuw i8, ptr %34, i64 20
  %36 = load float, ptr %35, align 4, !tbaa !9
  %37 = fadd float %33, %36
  %38 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 24
  %40 = load float, ptr %39, align 4, !tbaa !9
  %41 = fadd float %37, %40
  %42 = getelementptr inbounds nuw float, ptr %6, i64 %13
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 28
  %44 = load float, ptr %43, align 4, !tbaa !9
  %45 = fadd float %41, %44
  %46 = add nuw nsw i64 %13, 8
  %47 = icmp eq i64 %46, 512
  br i1 %47, label %7, label %12, !llvm.loop !19

48:                                               ; preds = %7, %53
  %49 = phi i64 [ %56, %53 ], [ 0, %7 ]
  %50 = getelementptr inbounds nuw [512 x float], ptr %0, i64 %49
  %51 = getelementptr inbounds nuw float, ptr %1, i64 %49
  %52 = load float, ptr %51, align 4, !tbaa !9
  br label %58

53:                                               ; preds = %58
  %54 = fmul float %79, 0x3F60000000000000
  %55 = getelementptr inbounds nuw float, ptr %2, i64 %49
  store float %54, ptr %55, align 4, !tbaa !9
  %56 = add nuw nsw i64 %49, 1
  %57 = icmp eq i64 %56, 256
  br i1 %57, label %82, label %48, !llvm.loop !20

58:                                               ; preds = %58, %48
  %59 = phi i64 [ 0, %48 ], [ %80, %58 ]
  %60 = phi float [ 0.000000e+00, %48 ], [ %79, %58 ]
  %61 = getelementptr inbounds nuw float, ptr %50, i64 %59
  %62 = load float, ptr %61, align 4, !tbaa !9
  %63 = fsub float %62, %52
  %64 = tail call float @llvm.fmuladd.f32(float %63, float %63, float %60)
  %65 = getelementptr inbounds nuw float, ptr %50, i64 %59
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 4
  %67 = load float, ptr %66, align 4, !tbaa !9
  %68 = fsub float %67, %52
  %69 = tail call float @llvm.fmuladd.f32(float %68, float %68, float %64)
  %70 = getelementptr inbounds nuw float, ptr %50, i64 %59
  %71 = getelementptr inbounds nuw i8, ptr %70, i64 8
  %72 = load float, ptr %71, align 4, !tbaa !9
  %73 = fsub float %72, %52
  %74 = tail call float @llvm.fmuladd.f32(float %73, float %73, float %69)
  %75 = getelementptr inbounds nuw float, ptr %50, i64 %59
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 12
  %77 = load float, ptr %76, align 4, !tbaa !9
  %78 = fsub float %77, %52
  %79 = tail call float @llvm.fmuladd.f32(float %78, float %78, float %74)
  %80 = add nuw nsw i64 %59, 4
  %81 = icmp eq i64 %80, 512
  br i1 %81, label %53, label %58, !llvm.loop !21

82:                                               ; preds = %53, %88
  %83 = phi i64 [ %89, %88 ], [ 0, %53 ]
  %84 = getelementptr inbounds nuw [512 x float], ptr %0, i64 %83
  %85 = getelementptr inbounds nuw float, ptr %1, i64 %83
  %86 = getelementptr inbounds nuw float, ptr %2, i64 %83
  br label %91

87:                                               ; preds = %88
  ret void

88:                                               ; preds = %91
  %89 = add nuw nsw i64 %83, 1
  %90 = icmp eq i64 %89, 256
  br i1 %90, label %87, label %82, !llvm.loop !22

91:                                               ; preds = %91, %82
  %92 = phi i64 [ 0, %82 ], [ %110, %91 ]
  %93 = getelementptr inbounds nuw float, ptr %84, i64 %92
  %94 = load float, ptr %93, align 4, !tbaa !9
  %95 = load float, ptr %85, align 4, !tbaa !9
  %96 = fsub float %94, %95
  %97 = load float, ptr %86, align 4, !tbaa !9
  %98 = fadd float %97, 0x3EE4F8B580000000
  %99 = tail call float @sqrtf(float noundef %98) #8, !tbaa !5
  %100 = fdiv float %96, %99
  store float %100, ptr %93, align 4, !tbaa !9
  %101 = getelementptr inbounds nuw float, ptr %84, i64 %92
  %102 = getelementptr inbounds nuw i8, ptr %101, i64 4
  %103 = load float, ptr %102, align 4, !tbaa !9
  %104 = load float, ptr %85, align 4, !tbaa !9
  %105 = fsub float %103, %104
  %106 = load float, ptr %86, align 4, !tbaa !9
  %107 = fadd float %106, 0x3EE4F8B580000000
  %108 = tail call float @sqrtf(float noundef %107) #8, !tbaa !5
  %109 = fdiv float %105, %108
  store float %109, ptr %102, align 4, !tbaa !9
  %110 = add nuw nsw i64 %92, 2
  %111 = icmp eq i64 %110, 512
  br i1 %111, label %88, label %91, !llvm.loop !23
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
