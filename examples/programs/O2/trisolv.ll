; ModuleID = 'trisolv.c'
source_filename = "trisolv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [24 x i8] c"sum %.12e x[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(2880000) ptr @malloc(i64 noundef 2880000) #7
  %2 = tail call noalias dereferenceable_or_null(4800) ptr @malloc(i64 noundef 4800) #7
  %3 = tail call noalias dereferenceable_or_null(4800) ptr @malloc(i64 noundef 4800) #7
  br label %5

4:                                                ; preds = %36
  tail call fastcc void @kernel_trisolv(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull %3)
  br label %55

5:                                                ; preds = %0, %36
  %6 = phi i64 [ 0, %0 ], [ %37, %36 ]
  %7 = phi i64 [ 1, %0 ], [ %38, %36 ]
  %8 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double -9.990000e+02, ptr %8, align 8, !tbaa !9
  %9 = trunc nuw nsw i64 %6 to i32
  %10 = uitofp nneg i32 %9 to double
  %11 = getelementptr inbounds nuw double, ptr %3, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = add nuw nsw i64 %6, 600
  %13 = getelementptr inbounds nuw [600 x double], ptr %1, i64 %6
  %14 = icmp samesign ult i64 %7, 2
  br i1 %14, label %34, label %15

15:                                               ; preds = %5
  %16 = and i64 %7, 9223372036854775806
  %17 = insertelement <2 x i64> poison, i64 %12, i64 0
  %18 = shufflevector <2 x i64> %17, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %19

19:                                               ; preds = %19, %15
  %20 = phi i64 [ 0, %15 ], [ %29, %19 ]
  %21 = phi <2 x i64> [ <i64 0, i64 1>, %15 ], [ %30, %19 ]
  %22 = sub nuw nsw <2 x i64> %18, %21
  %23 = trunc <2 x i64> %22 to <2 x i32>
  %24 = shl <2 x i32> %23, splat (i32 1)
  %25 = add <2 x i32> %24, splat (i32 2)
  %26 = uitofp nneg <2 x i32> %25 to <2 x double>
  %27 = fdiv <2 x double> %26, splat (double 6.000000e+02)
  %28 = getelementptr inbounds nuw double, ptr %13, i64 %20
  store <2 x double> %27, ptr %28, align 8, !tbaa !9
  %29 = add nuw i64 %20, 2
  %30 = add nuw nsw <2 x i64> %21, splat (i64 2)
  %31 = icmp eq i64 %29, %16
  br i1 %31, label %32, label %19, !llvm.loop !11

32:                                               ; preds = %19
  %33 = icmp eq i64 %7, %16
  br i1 %33, label %36, label %34

34:                                               ; preds = %5, %32
  %35 = phi i64 [ 0, %5 ], [ %16, %32 ]
  br label %40

36:                                               ; preds = %40, %32
  %37 = add nuw nsw i64 %6, 1
  %38 = add nuw nsw i64 %7, 1
  %39 = icmp eq i64 %37, 600
  br i1 %39, label %4, label %5, !llvm.loop !15

40:                                               ; preds = %34, %40
  %41 = phi i64 [ %49, %40 ], [ %35, %34 ]
  %42 = sub nuw nsw i64 %12, %41
  %43 = trunc i64 %42 to i32
  %44 = shl i32 %43, 1
  %45 = add i32 %44, 2
  %46 = uitofp nneg i32 %45 to double
  %47 = fdiv double %46, 6.000000e+02
  %48 = getelementptr inbounds nuw double, ptr %13, i64 %41
  store double %47, ptr %48, align 8, !tbaa !9
  %49 = add nuw nsw i64 %41, 1
  %50 = icmp eq i64 %49, %7
  br i1 %50, label %36, label %40, !llvm.loop !16

51:                                               ; preds = %55
  %52 = getelementptr inbounds nuw i8, ptr %2, i64 4792
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %88, double noundef %53)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  ret i32 0

55:                                               ; preds = %55, %4
  %56 = phi i64 [ 0, %4 ], [ %89, %55 ]
  %57 = phi double [ 0.000000e+00, %4 ], [ %88, %55 ]
  %58 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = fadd double %57, %59
  %61 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 8
  %63 = load double, ptr %62, align 8, !tbaa !9
  %64 = fadd double %60, %63
  %65 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 16
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = fadd double %64, %67
  %69 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 24
  %71 = load double, ptr %70, align 8, !tbaa !9
  %72 = fadd double %68, %71
  %73 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %74 = getelementptr inbounds nuw i8, ptr %73, i64 32
  %75 = load double, ptr %74, align 8, !tbaa !9
  %76 = fadd double %72, %75
  %77 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %78 = getelementptr inbounds nuw i8, ptr %77, i64 40
  %79 = load double, ptr %78, align 8, !tbaa !9
  %80 = fadd double %76, %79
  %81 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %82 = getelementptr inbounds nuw i8, ptr %81, i64 48
  %83 = load double, ptr %82, align 8, !tbaa !9
  %84 = fadd double %80, %83
  %85 = getelementptr inbounds nuw double, ptr %2, i64 %56
  %86 = getelementptr inbounds nuw i8, ptr %85, i64 56
  %87 = load double, ptr %86, align 8, !tbaa !9
  %88 = fadd double %84, %87
  %89 = add nuw nsw i64 %56, 8
  %90 = icmp eq i64 %89, 600
  br i1 %90, label %51, label %55, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_trisolv(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1, ptr noundef readonly captures(none) %2) unnamed_addr #2 {
  br label %5

4:                                                ; preds = %29
  ret void

5:                                                ; preds = %3, %29
  %6 = phi i64 [ 0, %3 ], [ %35, %29 ]
  %7 = getelementptr inbounds nuw double, ptr %2, i64 %6
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %6
  store double %8, ptr %9, align 8, !tbaa !9
  %10 = icmp eq i64 %6, 0
  br i1 %10, label %29, label %11

11:                                               ; preds = %5
  %12 = getelementptr inbounds nuw [600 x double], ptr %0, i64 %6
  %13 = and i64 %6, 1
  %14 = icmp eq i64 %6, 1
  br i1 %14, label %19, label %15

15:                                               ; preds = %11
  %16 = and i64 %6, 9223372036854775806
  br label %37

17:                                               ; preds = %37
  %18 = icmp eq i64 %13, 0
  br i1 %18, label %29, label %19

19:                                               ; preds = %17, %11
  %20 = phi i64 [ 0, %11 ], [ %54, %17 ]
  %21 = phi double [ %8, %11 ], [ %53, %17 ]
  %22 = icmp ne i64 %13, 0
  tail call void @llvm.assume(i1 %22)
  %23 = getelementptr inbounds nuw double, ptr %12, i64 %20
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %1, i64 %20
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fneg double %24
  %28 = tail call double @llvm.fmuladd.f64(double %27, double %26, double %21)
  store double %28, ptr %9, align 8, !tbaa !9
  br label %29

29:                                               ; preds = %19, %17, %5
  %30 = phi double [ %8, %5 ], [ %53, %17 ], [ %28, %19 ]
  %31 = getelementptr inbounds nuw [600 x double], ptr %0, i64 %6
  %32 = getelementptr inbounds nuw double, ptr %31, i64 %6
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = fdiv double %30, %33
  store double %34, ptr %9, align 8, !tbaa !9
  %35 = add nuw nsw i64 %6, 1
  %36 = icmp eq i64 %35, 600
  br i1 %36, label %4, label %5, !llvm.loop !18

37:                                               ; preds = %37, %15
  %38 = phi i64 [ 0, %15 ], [ %54, %37 ]
  %39 = phi double [ %8, %15 ], [ %53, %37 ]
  %40 = phi i64 [ 0, %15 ], [ %55, %37 ]
  %41 = getelementptr inbounds nuw double, ptr %12, i64 %38
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw double, ptr %1, i64 %38
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = fneg double %42
  %46 = tail call double @llvm.fmuladd.f64(double %45, double %44, double %39)
  store double %46, ptr %9, align 8, !tbaa !9
  %47 = or disjoint i64 %38, 1
  %48 = getelementptr inbounds nuw double, ptr %12, i64 %47
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = getelementptr inbounds nuw double, ptr %1, i64 %47
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fneg double %49
  %53 = tail call double @llvm.fmuladd.f64(double %52, double %51, double %46)
  store double %53, ptr %9, align 8, !tbaa !9
  %54 = add nuw nsw i64 %38, 2
  %55 = add i64 %40, 2
  %56 = icmp eq i64 %55, %16
  br i1 %56, label %17, label %37, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
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
!16 = distinct !{!16, !12, !14, !13}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
