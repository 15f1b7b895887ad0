; ModuleID = 'three_mm.c'
source_filename = "three_mm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e G[5][9] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %2 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %3 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %4 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %5 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %6 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  %7 = tail call noalias dereferenceable_or_null(73728) ptr @malloc(i64 noundef 73728) #7
  tail call fastcc void @init(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  tail call fastcc void @kernel_3mm(ptr noundef %5, ptr noundef %1, ptr noundef %2, ptr noundef %6, ptr noundef %3, ptr noundef %4, ptr noundef %7)
  br label %8

8:                                                ; preds = %0, %16
  %9 = phi i64 [ 0, %0 ], [ %17, %16 ]
  %10 = phi double [ 0.000000e+00, %0 ], [ %24, %16 ]
  %11 = getelementptr inbounds nuw [96 x double], ptr %7, i64 %9
  br label %19

12:                                               ; preds = %16
  %13 = getelementptr inbounds nuw i8, ptr %7, i64 3912
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %24, double noundef %14)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  tail call void @free(ptr noundef %5) #8
  tail call void @free(ptr noundef %6) #8
  tail call void @free(ptr noundef %7) #8
  ret i32 0

16:                                               ; preds = %19
  %17 = add nuw nsw i64 %9, 1
  %18 = icmp eq i64 %17, 96
  br i1 %18, label %12, label %8, !llvm.loop !11

19:                                               ; preds = %8, %19
  %20 = phi i64 [ 0, %8 ], [ %25, %19 ]
  %21 = phi double [ %10, %8 ], [ %24, %19 ]
  %22 = getelementptr inbounds nuw double, ptr %11, i64 %20
  %23 = load double, ptr %22, align 8, !tbaa !9
  %24 = fadd double %21, %23
  %25 = add nuw nsw i64 %20, 1
  %26 = icmp eq i64 %25, 96
  br i1 %26, label %16, label %19, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @init(ptr noundef writeonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef writeonly captures(none) %2, ptr noundef writeonly captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %12
  %6 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %7 = getelementptr inbounds nuw [96 x double], ptr %0, i64 %6
  %8 = getelementptr inbounds nuw [96 x double], ptr %1, i64 %6
  %9 = getelementptr inbounds nuw [96 x double], ptr %2, i64 %6
  %10 = getelementptr inbounds nuw [96 x double], ptr %3, i64 %6
  br label %15

11:                                               ; preds = %12
  ret void

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %6, 1
  %14 = icmp eq i64 %13, 96
  br i1 %14, label %11, label %5, !llvm.loop !15

15:                                               ; preds = %5, %15
  %16 = phi i64 [ 0, %5 ], [ %24, %15 ]
  %17 = mul nuw nsw i64 %16, %6
  %18 = trunc i64 %17 to i32
  %19 = add i32 %18, 1
  %20 = urem i32 %19, 96
  %21 = uitofp nneg i32 %20 to double
  %22 = fdiv double %21, 4.800000e+02
  %23 = getelementptr inbounds nuw double, ptr %7, i64 %16
  store double %22, ptr %23, align 8, !tbaa !9
  %24 = add nuw nsw i64 %16, 1
  %25 = mul nuw nsw i64 %24, %6
  %26 = trunc i64 %25 to i32
  %27 = add i32 %26, 2
  %28 = urem i32 %27, 96
  %29 = uitofp nneg i32 %28 to double
  %30 = fdiv double %29, 4.800000e+02
  %31 = getelementptr inbounds nuw double, ptr %8, i64 %16
  store double %30, ptr %31, align 8, !tbaa !9
  %32 = add nuw nsw i64 %16, 3
  %33 = mul nuw nsw i64 %32, %6
  %34 = trunc nuw nsw i64 %33 to i32
  %35 = urem i32 %34, 96
  %36 = uitofp nneg i32 %35 to double
  %37 = fdiv double %36, 4.800000e+02
  %38 = getelementptr inbounds nuw double, ptr %9, i64 %16
  store double %37, ptr %38, align 8, !tbaa !9
  %39 = add nuw nsw i64 %16, 2
  %40 = mul nuw nsw i64 %39, %6
  %41 = trunc i64 %40 to i32
  %42 = add i32 %41, 2
  %43 = urem i32 %42, 96
  %44 = uitofp nneg i32 %43 to double
  %45 = fdiv double %44, 4.800000e+02
  %46 = getelementptr inbounds nuw double, ptr %10, i64 %16
  store double %45, ptr %46, align 8, !tbaa !9
  %47 = icmp eq i64 %24, 96
  br i1 %47, label %12, label %15, !llvm.loop !16
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_3mm(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef captures(none) %3, ptr noundef readonly captures(none) %4, ptr noundef readonly captures(none) %5, ptr noundef writeonly captures(none) %6) unnamed_addr #3 {
  br label %8

8:                                                ; preds = %7, %12
  %9 = phi i64 [ 0, %7 ], [ %13, %12 ]
  %10 = getelementptr inbounds nuw [96 x double], ptr %0, i64 %9
  %11 = getelementptr inbounds nuw [96 x double], ptr %1, i64 %9
  br label %15

12:                                               ; preds = %19
  %13 = add nuw nsw i64 %9, 1
  %14 = icmp eq i64 %13, 96
  br i1 %14, label %32, label %8, !llvm.loop !17

15:                                               ; preds = %8, %19
  %16 = phi i64 [ 0, %8 ], [ %20, %19 ]
  %17 = getelementptr inbounds nuw double, ptr %10, i64 %16
  store double 0.000000e+00, ptr %17, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw double, ptr %2, i64 %16
  br label %22

19:                                               ; preds = %22
  %20 = add nuw nsw i64 %16, 1
  %21 = icmp eq i64 %20, 96
  br i1 %21, label %12, label %15, !llvm.loop !18

22:                                               ; preds = %15, %22
  %23 = phi i64 [ 0, %15 ], [ %30, %22 ]
  %24 = phi double [ 0.000000e+00, %15 ], [ %29, %22 ]
  %25 = getelementptr inbounds nuw double, ptr %11, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw [96 x double], ptr %18, i64 %23
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %24)
  store double %29, ptr %17, align 8, !tbaa !9
  %30 = add nuw nsw i64 %23, 1
  %31 = icmp eq i64 %30, 96
  br i1 %31, label %19, label %22, !llvm.loop !19

32:                                               ; preds = %12, %36
  %33 = phi i64 [ %37, %36 ], [ 0, %12 ]
  %34 = getelementptr inbounds nuw [96 x double], ptr %3, i64 %33
  %35 = getelementptr inbounds nuw [96 x double], ptr %4, i64 %33
  br label %39

36:                                               ; preds = %43
  %37 = add nuw nsw i64 %33, 1
  %38 = icmp eq i64 %37, 96
  br i1 %38, label %56, label %32, !llvm.loop !20

39:                                               ; preds = %32, %43
  %40 = phi i64 [ 0, %32 ], [ %44, %43 ]
  %41 = getelementptr inbounds nuw double, ptr %34, i64 %40
  store double 0.000000e+00, ptr %41, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw double, ptr %5, i64 %40
  br label %46

43:                                               ; preds = %46
  %44 = add nuw nsw i64 %40, 1
  %45 = icmp eq i64 %44, 96
  br i1 %45, label %36, label %39, !llvm.loop !21

46:                                               ; preds = %39, %46
  %47 = phi i64 [ 0, %39 ], [ %54, %46 ]
  %48 = phi double [ 0.000000e+00, %39 ], [ %53, %46 ]
  %49 = getelementptr inbounds nuw double, ptr %35, i64 %47
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw [96 x double], ptr %42, i64 %47
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = tail call double @llvm.fmuladd.f64(double %50, double %52, double %48)
  store double %53, ptr %41, align 8, !tbaa !9
  %54 = add nuw nsw i64 %47, 1
  %55 = icmp eq i64 %54, 96
  br i1 %55, label %43, label %46, !llvm.loop !22

56:                                               ; preds = %36, %61
  %57 = phi i64 [ %62, %61 ], [ 0, %36 ]
  %58 = getelementptr inbounds nuw [96 x double], ptr %6, i64 %57
  %59 = getelementptr inbounds nuw [96 x double], ptr %0, i64 %57
  br label %64

60:                                               ; preds = %61
  ret void

61:                                               ; preds = %68
  %62 = add nuw nsw i64 %57, 1
  %63 = icmp eq i64 %62, 96
  br i1 %63, label %60, label %56, !llvm.loop !23

64:                                               ; preds = %56, %68
  %65 = phi i64 [ 0, %56 ], [ %69, %68 ]
  %66 = getelementptr inbounds nuw double, ptr %58, i64 %65
  store double 0.000000e+00, ptr %66, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw double, ptr %3, i64 %65
  br label %71

68:                                               ; preds = %71
  %69 = add nuw nsw i64 %65, 1
  %70 = icmp eq i64 %69, 96
  br i1 %70, label %61, label %64, !llvm.loop !24

71:                                               ; preds = %64, %71
  %72 = phi i64 [ 0, %64 ], [ %79, %71 ]
  %73 = phi double [ 0.000000e+00, %64 ], [ %78, %71 ]
  %74 = getelementptr inbounds nuw double, ptr %59, i64 %72
  %75 = load double, ptr %74, align 8, !tbaa !9
  %76 = getelementptr inbounds nuw [96 x double], ptr %67, i64 %72
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = tail call double @llvm.fmuladd.f64(double %75, double %77, double %73)
  store double %78, ptr %66, align 8, !tbaa !9
  %79 = add nuw nsw i64 %72, 1
  %80 = icmp eq i64 %79, 96
  br i1 %80, label %68, label %71, !llvm.loop !25
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = distinct !{!18, !12, !13}
!19 = distinct !{!19, !12, !13}
!20 = distinct !{!20, !12, !13}
!21 = distinct !{!21, !12, !13}
!22 = distinct !{!22, !12, !13}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13}
!25 = distinct !{!25, !12, !13}
