; ModuleID = 'symm.c'
source_filename = "symm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [26 x i8] c"sum %.12e C[11][6] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(230400) ptr @malloc(i64 noundef 230400) #6
  %2 = tail call noalias dereferenceable_or_null(204800) ptr @malloc(i64 noundef 204800) #6
  %3 = tail call noalias dereferenceable_or_null(230400) ptr @malloc(i64 noundef 230400) #6
  br label %4

4:                                                ; preds = %0, %49
  %5 = phi i64 [ 0, %0 ], [ %50, %49 ]
  %6 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %5
  %7 = getelementptr inbounds nuw [180 x double], ptr %3, i64 %5
  %8 = add nuw nsw i64 %5, 180
  %9 = insertelement <2 x i64> poison, i64 %5, i64 0
  %10 = shufflevector <2 x i64> %9, <2 x i64> poison, <2 x i32> zeroinitializer
  %11 = insertelement <2 x i64> poison, i64 %8, i64 0
  %12 = shufflevector <2 x i64> %11, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %13

13:                                               ; preds = %13, %4
  %14 = phi i64 [ 0, %4 ], [ %28, %13 ]
  %15 = phi <2 x i64> [ <i64 0, i64 1>, %4 ], [ %29, %13 ]
  %16 = add nuw nsw <2 x i64> %15, %10
  %17 = trunc nuw nsw <2 x i64> %16 to <2 x i32>
  %18 = urem <2 x i32> %17, splat (i32 50)
  %19 = uitofp nneg <2 x i32> %18 to <2 x double>
  %20 = fdiv <2 x double> %19, splat (double 5.000000e+01)
  %21 = getelementptr inbounds nuw double, ptr %6, i64 %14
  store <2 x double> %20, ptr %21, align 8, !tbaa !9
  %22 = sub nuw nsw <2 x i64> %12, %15
  %23 = trunc nuw nsw <2 x i64> %22 to <2 x i32>
  %24 = urem <2 x i32> %23, splat (i32 30)
  %25 = uitofp nneg <2 x i32> %24 to <2 x double>
  %26 = fdiv <2 x double> %25, splat (double 3.000000e+01)
  %27 = getelementptr inbounds nuw double, ptr %7, i64 %14
  store <2 x double> %26, ptr %27, align 8, !tbaa !9
  %28 = add nuw i64 %14, 2
  %29 = add nuw nsw <2 x i64> %15, splat (i64 2)
  %30 = icmp eq i64 %28, 180
  br i1 %30, label %32, label %13, !llvm.loop !11

31:                                               ; preds = %49
  tail call fastcc void @kernel_symm(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull %3)
  br label %52

32:                                               ; preds = %13
  %33 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %5
  %34 = insertelement <2 x i64> poison, i64 %5, i64 0
  %35 = shufflevector <2 x i64> %34, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %36

36:                                               ; preds = %36, %32
  %37 = phi i64 [ 0, %32 ], [ %46, %36 ]
  %38 = phi <2 x i64> [ <i64 0, i64 1>, %32 ], [ %47, %36 ]
  %39 = mul nuw nsw <2 x i64> %38, %35
  %40 = trunc <2 x i64> %39 to <2 x i32>
  %41 = add <2 x i32> %40, splat (i32 3)
  %42 = urem <2 x i32> %41, splat (i32 40)
  %43 = uitofp nneg <2 x i32> %42 to <2 x double>
  %44 = fdiv <2 x double> %43, splat (double 4.000000e+01)
  %45 = getelementptr inbounds nuw double, ptr %33, i64 %37
  store <2 x double> %44, ptr %45, align 8, !tbaa !9
  %46 = add nuw i64 %37, 2
  %47 = add nuw nsw <2 x i64> %38, splat (i64 2)
  %48 = icmp eq i64 %46, 160
  br i1 %48, label %49, label %36, !llvm.loop !15

49:                                               ; preds = %36
  %50 = add nuw nsw i64 %5, 1
  %51 = icmp eq i64 %50, 160
  br i1 %51, label %31, label %4, !llvm.loop !16

52:                                               ; preds = %31, %60
  %53 = phi i64 [ 0, %31 ], [ %61, %60 ]
  %54 = phi double [ 0.000000e+00, %31 ], [ %88, %60 ]
  %55 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %53
  br label %63

56:                                               ; preds = %60
  %57 = getelementptr inbounds nuw i8, ptr %1, i64 15888
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %88, double noundef %58)
  tail call void @free(ptr noundef nonnull %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

60:                                               ; preds = %63
  %61 = add nuw nsw i64 %53, 1
  %62 = icmp eq i64 %61, 160
  br i1 %62, label %56, label %52, !llvm.loop !17

63:                                               ; preds = %63, %52
  %64 = phi i64 [ 0, %52 ], [ %89, %63 ]
  %65 = phi double [ %54, %52 ], [ %88, %63 ]
  %66 = getelementptr inbounds nuw double, ptr %55, i64 %64
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = fadd double %65, %67
  %69 = getelementptr inbounds nuw double, ptr %55, i64 %64
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 8
  %71 = load double, ptr %70, align 8, !tbaa !9
  %72 = fadd double %68, %71
  %73 = getelementptr inbounds nuw double, ptr %55, i64 %64
  %74 = getelementptr inbounds nuw i8, ptr %73, i64 16
  %75 = load double, ptr %74, align 8, !tbaa !9
  %76 = fadd double %72, %75
  %77 = getelementptr inbounds nuw double, ptr %55, i64 %64
  %78 = getelementptr inbounds nuw i8, ptr %77, i64 24
  %79 = load double, ptr %78, align 8, !tbaa !9
  %80 = fadd double %76, %79
  %81 = getelementptr inbounds nuw double, ptr %55, i64 %64
  %82 = getelementptr inbounds nuw i8, ptr %81, i64 32
  %83 = load double, ptr %82, align 8, !tbaa !9
  %84 = fadd double %80, %83
  %85 = getelementptr inbounds nuw double, ptr %55, i64 %64
  %86 = getelementptr inbounds nuw i8, ptr %85, i64 40
  %87 = load double, ptr %86, align 8, !tbaa !9
  %88 = fadd double %84, %87
  %89 = add nuw nsw i64 %64, 6
  %90 = icmp eq i64 %89, 180
  br i1 %90, label %60, label %63, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_symm(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %18
  %5 = phi i64 [ 0, %3 ], [ %19, %18 ]
  %6 = icmp eq i64 %5, 0
  %7 = getelementptr inbounds nuw [180 x double], ptr %0, i64 %5
  %8 = getelementptr inbounds nuw [180 x double], ptr %2, i64 %5
  %9 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %5
  %10 = getelementptr inbounds nuw double, ptr %9, i64 %5
  br label %12

11:                                               ; preds = %18
  ret void

12:                                               ; preds = %4, %21
  %13 = phi i64 [ 0, %4 ], [ %32, %21 ]
  br i1 %6, label %21, label %14

14:                                               ; preds = %12
  %15 = getelementptr inbounds nuw double, ptr %8, i64 %13
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %13
  %17 = getelementptr inbounds nuw double, ptr %2, i64 %13
  br label %34

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %5, 1
  %20 = icmp eq i64 %19, 160
  br i1 %20, label %11, label %4, !llvm.loop !19

21:                                               ; preds = %34, %12
  %22 = phi double [ 0.000000e+00, %12 ], [ %47, %34 ]
  %23 = getelementptr inbounds nuw double, ptr %7, i64 %13
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %8, i64 %13
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fmul double %26, 1.250000e+00
  %28 = load double, ptr %10, align 8, !tbaa !9
  %29 = fmul double %27, %28
  %30 = tail call double @llvm.fmuladd.f64(double %24, double 7.500000e-01, double %29)
  %31 = tail call double @llvm.fmuladd.f64(double %22, double 1.250000e+00, double %30)
  store double %31, ptr %23, align 8, !tbaa !9
  %32 = add nuw nsw i64 %13, 1
  %33 = icmp eq i64 %32, 180
  br i1 %33, label %18, label %12, !llvm.loop !20

34:                                               ; preds = %14, %34
  %35 = phi i64 [ 0, %14 ], [ %48, %34 ]
  %36 = phi double [ 0.000000e+00, %14 ], [ %47, %34 ]
  %37 = load double, ptr %15, align 8, !tbaa !9
  %38 = fmul double %37, 1.250000e+00
  %39 = getelementptr inbounds nuw double, ptr %9, i64 %35
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = getelementptr inbounds nuw [180 x double], ptr %16, i64 %35
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = tail call double @llvm.fmuladd.f64(double %38, double %40, double %42)
  store double %43, ptr %41, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw [180 x double], ptr %17, i64 %35
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = load double, ptr %39, align 8, !tbaa !9
  %47 = tail call double @llvm.fmuladd.f64(double %45, double %46, double %36)
  %48 = add nuw nsw i64 %35, 1
  %49 = icmp eq i64 %48, %5
  br i1 %49, label %21, label %34, !llvm.loop !21
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
!15 = distinct !{!15, !12, !13, !14}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
