; ModuleID = 'mvt.c'
source_filename = "mvt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [19 x i8] c"x1 %.12e x2 %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1280000) ptr @malloc(i64 noundef 1280000) #6
  %2 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  %3 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  %4 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  %5 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  br label %7

6:                                                ; preds = %47
  tail call fastcc void @kernel_mvt(ptr noundef nonnull %2, ptr noundef nonnull %3, ptr noundef nonnull %4, ptr noundef nonnull %5, ptr noundef nonnull %1)
  br label %51

7:                                                ; preds = %0, %47
  %8 = phi i64 [ 0, %0 ], [ %13, %47 ]
  %9 = trunc nuw nsw i64 %8 to i32
  %10 = uitofp nneg i32 %9 to double
  %11 = fdiv double %10, 4.000000e+02
  %12 = getelementptr inbounds nuw double, ptr %2, i64 %8
  store double %11, ptr %12, align 8, !tbaa !9
  %13 = add nuw nsw i64 %8, 1
  %14 = icmp eq i64 %13, 400
  %15 = trunc nuw nsw i64 %13 to i32
  %16 = uitofp nneg i32 %15 to double
  %17 = fdiv double %16, 4.000000e+02
  %18 = select i1 %14, double 0.000000e+00, double %17
  %19 = getelementptr inbounds nuw double, ptr %3, i64 %8
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = icmp samesign ult i64 %8, 397
  %21 = select i1 %20, i32 3, i32 -397
  %22 = add nsw i32 %21, %9
  %23 = uitofp nneg i32 %22 to double
  %24 = fdiv double %23, 4.000000e+02
  %25 = getelementptr inbounds nuw double, ptr %4, i64 %8
  store double %24, ptr %25, align 8, !tbaa !9
  %26 = icmp samesign ult i64 %8, 396
  %27 = select i1 %26, i32 4, i32 -396
  %28 = add nsw i32 %27, %9
  %29 = uitofp nneg i32 %28 to double
  %30 = fdiv double %29, 4.000000e+02
  %31 = getelementptr inbounds nuw double, ptr %5, i64 %8
  store double %30, ptr %31, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw [400 x double], ptr %1, i64 %8
  %33 = insertelement <2 x i64> poison, i64 %8, i64 0
  %34 = shufflevector <2 x i64> %33, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %35

35:                                               ; preds = %35, %7
  %36 = phi i64 [ 0, %7 ], [ %44, %35 ]
  %37 = phi <2 x i64> [ <i64 0, i64 1>, %7 ], [ %45, %35 ]
  %38 = mul nuw nsw <2 x i64> %37, %34
  %39 = trunc nuw nsw <2 x i64> %38 to <2 x i32>
  %40 = urem <2 x i32> %39, splat (i32 400)
  %41 = uitofp nneg <2 x i32> %40 to <2 x double>
  %42 = fdiv <2 x double> %41, splat (double 4.000000e+02)
  %43 = getelementptr inbounds nuw double, ptr %32, i64 %36
  store <2 x double> %42, ptr %43, align 8, !tbaa !9
  %44 = add nuw i64 %36, 2
  %45 = add nuw nsw <2 x i64> %37, splat (i64 2)
  %46 = icmp eq i64 %44, 400
  br i1 %46, label %47, label %35, !llvm.loop !11

47:                                               ; preds = %35
  %48 = icmp eq i64 %13, 400
  br i1 %48, label %6, label %7, !llvm.loop !15

49:                                               ; preds = %51
  %50 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %85, double noundef %88)
  tail call void @free(ptr noundef nonnull %1) #7
  tail call void @free(ptr noundef nonnull %2) #7
  tail call void @free(ptr noundef nonnull %3) #7
  tail call void @free(ptr noundef nonnull %4) #7
  tail call void @free(ptr noundef nonnull %5) #7
  ret i32 0

51:                                               ; preds = %51, %6
  %52 = phi i64 [ 0, %6 ], [ %89, %51 ]
  %53 = phi double [ 0.000000e+00, %6 ], [ %88, %51 ]
  %54 = phi double [ 0.000000e+00, %6 ], [ %85, %51 ]
  %55 = getelementptr inbounds nuw double, ptr %2, i64 %52
  %56 = load double, ptr %55, align 8, !tbaa !9
  %57 = fadd double %54, %56
  %58 = getelementptr inbounds nuw double, ptr %3, i64 %52
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = fadd double %53, %59
  %61 = add nuw nsw i64 %52, 1
  %62 = getelementptr inbounds nuw double, ptr %2, i64 %61
  %63 = load double, ptr %62, align 8, !tbaa !9
  %64 = fadd double %57, %63
  %65 = getelementptr inbounds nuw double, ptr %3, i64 %61
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = fadd double %60, %66
  %68 = add nuw nsw i64 %52, 2
  %69 = getelementptr inbounds nuw double, ptr %2, i64 %68
  %70 = load double, ptr %69, align 8, !tbaa !9
  %71 = fadd double %64, %70
  %72 = getelementptr inbounds nuw double, ptr %3, i64 %68
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %67, %73
  %75 = add nuw nsw i64 %52, 3
  %76 = getelementptr inbounds nuw double, ptr %2, i64 %75
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %71, %77
  %79 = getelementptr inbounds nuw double, ptr %3, i64 %75
  %80 = load double, ptr %79, align 8, !tbaa !9
  %81 = fadd double %74, %80
  %82 = add nuw nsw i64 %52, 4
  %83 = getelementptr inbounds nuw double, ptr %2, i64 %82
  %84 = load double, ptr %83, align 8, !tbaa !9
  %85 = fadd double %78, %84
  %86 = getelementptr inbounds nuw double, ptr %3, i64 %82
  %87 = load double, ptr %86, align 8, !tbaa !9
  %88 = fadd double %81, %87
  %89 = add nuw nsw i64 %52, 5
  %90 = icmp eq i64 %89, 400
  br i1 %90, label %49, label %51, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_mvt(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) unnamed_addr #2 {
  br label %6

6:                                                ; preds = %5, %11
  %7 = phi i64 [ 0, %5 ], [ %12, %11 ]
  %8 = getelementptr inbounds nuw double, ptr %0, i64 %7
  %9 = getelementptr inbounds nuw [400 x double], ptr %4, i64 %7
  %10 = load double, ptr %8, align 8, !tbaa !9
  br label %14

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, 400
  br i1 %13, label %30, label %6, !llvm.loop !17

14:                                               ; preds = %14, %6
  %15 = phi i64 [ 0, %6 ], [ %28, %14 ]
  %16 = phi double [ %10, %6 ], [ %27, %14 ]
  %17 = getelementptr inbounds nuw double, ptr %9, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %15
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = tail call double @llvm.fmuladd.f64(double %18, double %20, double %16)
  store double %21, ptr %8, align 8, !tbaa !9
  %22 = or disjoint i64 %15, 1
  %23 = getelementptr inbounds nuw double, ptr %9, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %2, i64 %22
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = tail call double @llvm.fmuladd.f64(double %24, double %26, double %21)
  store double %27, ptr %8, align 8, !tbaa !9
  %28 = add nuw nsw i64 %15, 2
  %29 = icmp eq i64 %28, 400
  br i1 %29, label %11, label %14, !llvm.loop !18

30:                                               ; preds = %11, %36
  %31 = phi i64 [ %37, %36 ], [ 0, %11 ]
  %32 = getelementptr inbounds nuw double, ptr %1, i64 %31
  %33 = getelementptr inbounds nuw double, ptr %4, i64 %31
  %34 = load double, ptr %32, align 8, !tbaa !9
  br label %39

35:                                               ; preds = %36
  ret void

36:                                               ; preds = %39
  %37 = add nuw nsw i64 %31, 1
  %38 = icmp eq i64 %37, 400
  br i1 %38, label %35, label %30, !llvm.loop !19

39:                                               ; preds = %39, %30
  %40 = phi i64 [ 0, %30 ], [ %53, %39 ]
  %41 = phi double [ %34, %30 ], [ %52, %39 ]
  %42 = getelementptr inbounds nuw [400 x double], ptr %33, i64 %40
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw double, ptr %3, i64 %40
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = tail call double @llvm.fmuladd.f64(double %43, double %45, double %41)
  store double %46, ptr %32, align 8, !tbaa !9
  %47 = or disjoint i64 %40, 1
  %48 = getelementptr inbounds nuw [400 x double], ptr %33, i64 %47
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw double, ptr %3, i64 %47
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = tail call double @llvm.fmuladd.f64(double %49, double %51, double %46)
  store double %52, ptr %32, align 8, !tbaa !9
  %53 = add nuw nsw i64 %40, 2
  %54 = icmp eq i64 %53, 400
  br i1 %54, label %36, label %39, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

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
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
