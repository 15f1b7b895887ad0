; ModuleID = 'correlation.c'
source_filename = "correlation.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"sum %.12e corr[2][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(422400) ptr @malloc(i64 noundef 422400) #7
  %2 = tail call noalias dereferenceable_or_null(387200) ptr @malloc(i64 noundef 387200) #7
  %3 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  %4 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  br label %5

5:                                                ; preds = %0, %11
  %6 = phi i64 [ 0, %0 ], [ %12, %11 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = uitofp nneg i32 %7 to double
  %9 = getelementptr inbounds nuw [220 x double], ptr %1, i64 %6
  br label %14

10:                                               ; preds = %11
  tail call fastcc void @kernel_correlation(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %24

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %6, 1
  %13 = icmp eq i64 %12, 240
  br i1 %13, label %10, label %5, !llvm.loop !9

14:                                               ; preds = %5, %14
  %15 = phi i64 [ 0, %5 ], [ %22, %14 ]
  %16 = mul nuw nsw i64 %15, %6
  %17 = trunc nuw nsw i64 %16 to i32
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %18, 2.200000e+02
  %20 = fadd double %19, %8
  %21 = getelementptr inbounds nuw double, ptr %9, i64 %15
  store double %20, ptr %21, align 8, !tbaa !12
  %22 = add nuw nsw i64 %15, 1
  %23 = icmp eq i64 %22, 220
  br i1 %23, label %11, label %14, !llvm.loop !14

24:                                               ; preds = %10, %32
  %25 = phi i64 [ 0, %10 ], [ %33, %32 ]
  %26 = phi double [ 0.000000e+00, %10 ], [ %40, %32 ]
  %27 = getelementptr inbounds nuw [220 x double], ptr %2, i64 %25
  br label %35

28:                                               ; preds = %32
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 3560
  %30 = load double, ptr %29, align 8, !tbaa !12
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %40, double noundef %30)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  ret i32 0

32:                                               ; preds = %35
  %33 = add nuw nsw i64 %25, 1
  %34 = icmp eq i64 %33, 220
  br i1 %34, label %28, label %24, !llvm.loop !15

35:                                               ; preds = %24, %35
  %36 = phi i64 [ 0, %24 ], [ %41, %35 ]
  %37 = phi double [ %26, %24 ], [ %40, %35 ]
  %38 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %39 = load double, ptr %38, align 8, !tbaa !12
  %40 = fadd double %37, %39
  %41 = add nuw nsw i64 %36, 1
  %42 = icmp eq i64 %41, 220
  br i1 %42, label %32, label %35, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_correlation(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %9
  %6 = phi i64 [ 0, %4 ], [ %12, %9 ]
  %7 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double 0.000000e+00, ptr %7, align 8, !tbaa !12
  %8 = getelementptr inbounds nuw double, ptr %0, i64 %6
  br label %14

9:                                                ; preds = %14
  %10 = load double, ptr %7, align 8, !tbaa !12
  %11 = fdiv double %10, 2.400000e+02
  store double %11, ptr %7, align 8, !tbaa !12
  %12 = add nuw nsw i64 %6, 1
  %13 = icmp eq i64 %12, 220
  br i1 %13, label %22, label %5, !llvm.loop !17

14:                                               ; preds = %5, %14
  %15 = phi i64 [ 0, %5 ], [ %20, %14 ]
  %16 = phi double [ 0.000000e+00, %5 ], [ %19, %14 ]
  %17 = getelementptr inbounds nuw [220 x double], ptr %8, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !12
  %19 = fadd double %18, %16
  store double %19, ptr %7, align 8, !tbaa !12
  %20 = add nuw nsw i64 %15, 1
  %21 = icmp eq i64 %20, 240
  br i1 %21, label %9, label %14, !llvm.loop !18

22:                                               ; preds = %9, %27
  %23 = phi i64 [ %33, %27 ], [ 0, %9 ]
  %24 = getelementptr inbounds nuw double, ptr %3, i64 %23
  store double 0.000000e+00, ptr %24, align 8, !tbaa !12
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %23
  %26 = getelementptr inbounds nuw double, ptr %2, i64 %23
  br label %35

27:                                               ; preds = %35
  %28 = load double, ptr %24, align 8, !tbaa !12
  %29 = fdiv double %28, 2.400000e+02
  %30 = tail call double @sqrt(double noundef %29) #8, !tbaa !5
  %31 = fcmp ugt double %30, 1.000000e-01
  %32 = select i1 %31, double %30, double 1.000000e+00
  store double %32, ptr %24, align 8, !tbaa !12
  %33 = add nuw nsw i64 %23, 1
  %34 = icmp eq i64 %33, 220
  br i1 %34, label %45, label %22, !llvm.loop !19

35:                                               ; preds = %22, %35
  %36 = phi i64 [ 0, %22 ], [ %43, %35 ]
  %37 = getelementptr inbounds nuw [220 x double], ptr %25, i64 %36
  %38 = load double, ptr %37, align 8, !tbaa !12
  %39 = load double, ptr %26, align 8, !tbaa !12
  %40 = fsub double %38, %39
  %41 = load double, ptr %24, align 8, !tbaa !12
  %42 = tail call double @llvm.fmuladd.f64(double %40, double %40, double %41)
  store double %42, ptr %24, align 8, !tbaa !12
  %43 = add nuw nsw i64 %36, 1
  %44 = icmp eq i64 %43, 240
  br i1 %44, label %27, label %35, !llvm.loop !20

45:                                               ; preds = %27, %48
  %46 = phi i64 [ %49, %48 ], [ 0, %27 ]
  %47 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %46
  br label %51

48:                                               ; preds = %51
  %49 = add nuw nsw i64 %46, 1
  %50 = icmp eq i64 %49, 240
  br i1 %50, label %69, label %45, !llvm.loop !21

51:                                               ; preds = %45, %51
  %52 = phi i64 [ 0, %45 ], [ %62, %51 ]
  %53 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %54 = load double, ptr %53, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw double, ptr %47, i64 %52
  %56 = load double, ptr %55, align 8, !tbaa !12
  %57 = fsub double %56, %54
  store double %57, ptr %55, align 8, !tbaa !12
  %58 = getelementptr inbounds nuw double, ptr %3, i64 %52
  %59 = load double, ptr %58, align 8, !tbaa !12
  %60 = fmul double %59, 0x402EFBDEB14F4EDA
  %61 = fdiv double %57, %60
  store double %61, ptr %55, align 8, !tbaa !12
  %62 = add nuw nsw i64 %52, 1
  %63 = icmp eq i64 %62, 220
  br i1 %63, label %48, label %51, !llvm.loop !22

64:                                               ; preds = %79
  %65 = add nuw nsw i64 %71, 1
  %66 = icmp eq i64 %74, 219
  br i1 %66, label %67, label %69, !llvm.loop !23

67:                                               ; preds = %64
  %68 = getelementptr inbounds nuw i8, ptr %1, i64 387192
  store double 1.000000e+00, ptr %68, align 8, !tbaa !12
  ret void

69:                                               ; preds = %48, %64
  %70 = phi i64 [ %74, %64 ], [ 0, %48 ]
  %71 = phi i64 [ %65, %64 ], [ 1, %48 ]
  %72 = getelementptr inbounds nuw [220 x double], ptr %1, i64 %70
  %73 = getelementptr inbounds nuw double, ptr %72, i64 %70
  store double 1.000000e+00, ptr %73, align 8, !tbaa !12
  %74 = add nuw nsw i64 %70, 1
  %75 = getelementptr inbounds nuw double, ptr %1, i64 %70
  br label %76

76:                                               ; preds = %69, %79
  %77 = phi i64 [ %71, %69 ], [ %82, %79 ]
  %78 = getelementptr inbounds nuw double, ptr %72, i64 %77
  store double 0.000000e+00, ptr %78, align 8, !tbaa !12
  br label %84

79:                                               ; preds = %84
  %80 = load double, ptr %78, align 8, !tbaa !12
  %81 = getelementptr inbounds nuw [220 x double], ptr %75, i64 %77
  store double %80, ptr %81, align 8, !tbaa !12
  %82 = add nuw nsw i64 %77, 1
  %83 = icmp eq i64 %82, 220
  br i1 %83, label %64, label %76, !llvm.loop !24

84:                                               ; preds = %76, %84
  %85 = phi i64 [ 0, %76 ], [ %93, %84 ]
  %86 = phi double [ 0.000000e+00, %76 ], [ %92, %84 ]
  %87 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %85
  %88 = getelementptr inbounds nuw double, ptr %87, i64 %70
  %89 = load double, ptr %88, align 8, !tbaa !12
  %90 = getelementptr inbounds nuw double, ptr %87, i64 %77
  %91 = load double, ptr %90, align 8, !tbaa !12
  %92 = tail call double @llvm.fmuladd.f64(double %89, double %91, double %86)
  store double %92, ptr %78, align 8, !tbaa !12
  %93 = add nuw nsw i64 %85, 1
  %94 = icmp eq i64 %93, 240
  br i1 %94, label %79, label %84, !llvm.loop !25
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
!24 = distinct !{!24, !10, !11}
!25 = distinct !{!25, !10, !11}
