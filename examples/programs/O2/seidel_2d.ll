; ModuleID = 'seidel_2d.c'
source_filename = "seidel_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[9][9] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(320000) ptr @malloc(i64 noundef 320000) #6
  br label %2

2:                                                ; preds = %0, %27
  %3 = phi i64 [ 0, %0 ], [ %28, %27 ]
  %4 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %3
  %5 = trunc nuw nsw i64 %3 to i32
  %6 = uitofp nneg i32 %5 to double
  %7 = insertelement <2 x double> poison, double %6, i64 0
  %8 = shufflevector <2 x double> %7, <2 x double> poison, <2 x i32> zeroinitializer
  br label %9

9:                                                ; preds = %9, %2
  %10 = phi i64 [ 0, %2 ], [ %23, %9 ]
  %11 = phi <2 x i32> [ <i32 0, i32 1>, %2 ], [ %24, %9 ]
  %12 = add <2 x i32> %11, splat (i32 2)
  %13 = uitofp nneg <2 x i32> %12 to <2 x double>
  %14 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %8, <2 x double> %13, <2 x double> splat (double 2.000000e+00))
  %15 = fdiv <2 x double> %14, splat (double 2.000000e+02)
  %16 = getelementptr inbounds nuw double, ptr %4, i64 %10
  store <2 x double> %15, ptr %16, align 8, !tbaa !9
  %17 = add <2 x i32> %11, splat (i32 4)
  %18 = uitofp nneg <2 x i32> %17 to <2 x double>
  %19 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %8, <2 x double> %18, <2 x double> splat (double 2.000000e+00))
  %20 = fdiv <2 x double> %19, splat (double 2.000000e+02)
  %21 = getelementptr inbounds nuw double, ptr %4, i64 %10
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 16
  store <2 x double> %20, ptr %22, align 8, !tbaa !9
  %23 = add nuw nsw i64 %10, 4
  %24 = add <2 x i32> %11, splat (i32 4)
  %25 = icmp eq i64 %23, 200
  br i1 %25, label %27, label %9, !llvm.loop !11

26:                                               ; preds = %27
  tail call fastcc void @kernel_seidel_2d(ptr noundef nonnull %1)
  br label %30

27:                                               ; preds = %9
  %28 = add nuw nsw i64 %3, 1
  %29 = icmp eq i64 %28, 200
  br i1 %29, label %26, label %2, !llvm.loop !15

30:                                               ; preds = %26, %38
  %31 = phi i64 [ 0, %26 ], [ %39, %38 ]
  %32 = phi double [ 0.000000e+00, %26 ], [ %74, %38 ]
  %33 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %31
  br label %41

34:                                               ; preds = %38
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 14472
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %74, double noundef %36)
  tail call void @free(ptr noundef nonnull %1) #7
  ret i32 0

38:                                               ; preds = %41
  %39 = add nuw nsw i64 %31, 1
  %40 = icmp eq i64 %39, 200
  br i1 %40, label %34, label %30, !llvm.loop !16

41:                                               ; preds = %41, %30
  %42 = phi i64 [ 0, %30 ], [ %75, %41 ]
  %43 = phi double [ %32, %30 ], [ %74, %41 ]
  %44 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fadd double %43, %45
  %47 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 8
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %46, %49
  %51 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 16
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 24
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 32
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 40
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 48
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 56
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %70, %73
  %75 = add nuw nsw i64 %42, 8
  %76 = icmp eq i64 %75, 200
  br i1 %76, label %38, label %41, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_seidel_2d(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %19
  %3 = phi i32 [ 0, %1 ], [ %20, %19 ]
  br label %5

4:                                                ; preds = %19
  ret void

5:                                                ; preds = %2, %22
  %6 = phi i64 [ 1, %2 ], [ %23, %22 ]
  %7 = getelementptr [200 x double], ptr %0, i64 %6
  %8 = getelementptr i8, ptr %7, i64 -1600
  %9 = getelementptr inbounds nuw i8, ptr %7, i64 1600
  %10 = load double, ptr %8, align 8, !tbaa !9
  %11 = getelementptr i8, ptr %7, i64 -1592
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = load double, ptr %7, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = load double, ptr %9, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw i8, ptr %7, i64 1608
  %18 = load double, ptr %17, align 8, !tbaa !9
  br label %25

19:                                               ; preds = %22
  %20 = add nuw nsw i32 %3, 1
  %21 = icmp eq i32 %20, 10
  br i1 %21, label %4, label %2, !llvm.loop !18

22:                                               ; preds = %25
  %23 = add nuw nsw i64 %6, 1
  %24 = icmp eq i64 %23, 199
  br i1 %24, label %19, label %5, !llvm.loop !19

25:                                               ; preds = %5, %25
  %26 = phi double [ %18, %5 ], [ %47, %25 ]
  %27 = phi double [ %16, %5 ], [ %26, %25 ]
  %28 = phi double [ %15, %5 ], [ %42, %25 ]
  %29 = phi double [ %13, %5 ], [ %49, %25 ]
  %30 = phi double [ %12, %5 ], [ %36, %25 ]
  %31 = phi double [ %10, %5 ], [ %30, %25 ]
  %32 = phi i64 [ 1, %5 ], [ %34, %25 ]
  %33 = fadd double %31, %30
  %34 = add nuw nsw i64 %32, 1
  %35 = getelementptr inbounds nuw double, ptr %8, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = fadd double %33, %36
  %38 = fadd double %37, %29
  %39 = getelementptr inbounds nuw double, ptr %7, i64 %32
  %40 = fadd double %38, %28
  %41 = getelementptr inbounds nuw double, ptr %7, i64 %34
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = fadd double %40, %42
  %44 = fadd double %43, %27
  %45 = fadd double %44, %26
  %46 = getelementptr inbounds nuw double, ptr %9, i64 %34
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = fadd double %45, %47
  %49 = fdiv double %48, 9.000000e+00
  store double %49, ptr %39, align 8, !tbaa !9
  %50 = icmp eq i64 %34, 199
  br i1 %50, label %22, label %25, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
