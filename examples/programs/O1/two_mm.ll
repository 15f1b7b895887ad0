; ModuleID = 'two_mm.c'
source_filename = "two_mm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e D[3][7] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(88000) ptr @malloc(i64 noundef 88000) #7
  %2 = tail call noalias dereferenceable_or_null(96000) ptr @malloc(i64 noundef 96000) #7
  %3 = tail call noalias dereferenceable_or_null(105600) ptr @malloc(i64 noundef 105600) #7
  %4 = tail call noalias dereferenceable_or_null(114400) ptr @malloc(i64 noundef 114400) #7
  %5 = tail call noalias dereferenceable_or_null(104000) ptr @malloc(i64 noundef 104000) #7
  tail call fastcc void @init(ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  tail call fastcc void @kernel_2mm(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  br label %6

6:                                                ; preds = %0, %14
  %7 = phi i64 [ 0, %0 ], [ %15, %14 ]
  %8 = phi double [ 0.000000e+00, %0 ], [ %22, %14 ]
  %9 = getelementptr inbounds nuw [130 x double], ptr %5, i64 %7
  br label %17

10:                                               ; preds = %14
  %11 = getelementptr inbounds nuw i8, ptr %5, i64 3176
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %22, double noundef %12)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  tail call void @free(ptr noundef %5) #8
  ret i32 0

14:                                               ; preds = %17
  %15 = add nuw nsw i64 %7, 1
  %16 = icmp eq i64 %15, 100
  br i1 %16, label %10, label %6, !llvm.loop !11

17:                                               ; preds = %6, %17
  %18 = phi i64 [ 0, %6 ], [ %23, %17 ]
  %19 = phi double [ %8, %6 ], [ %22, %17 ]
  %20 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = fadd double %19, %21
  %23 = add nuw nsw i64 %18, 1
  %24 = icmp eq i64 %23, 130
  br i1 %24, label %14, label %17, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @init(ptr noundef writeonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef writeonly captures(none) %2, ptr noundef writeonly captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %8
  %6 = phi i64 [ 0, %4 ], [ %9, %8 ]
  %7 = getelementptr inbounds nuw [120 x double], ptr %0, i64 %6
  br label %11

8:                                                ; preds = %11
  %9 = add nuw nsw i64 %6, 1
  %10 = icmp eq i64 %9, 100
  br i1 %10, label %22, label %5, !llvm.loop !15

11:                                               ; preds = %5, %11
  %12 = phi i64 [ 0, %5 ], [ %20, %11 ]
  %13 = mul nuw nsw i64 %12, %6
  %14 = trunc i64 %13 to i32
  %15 = add i32 %14, 1
  %16 = urem i32 %15, 100
  %17 = uitofp nneg i32 %16 to double
  %18 = fdiv double %17, 1.000000e+02
  %19 = getelementptr inbounds nuw double, ptr %7, i64 %12
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = add nuw nsw i64 %12, 1
  %21 = icmp eq i64 %20, 120
  br i1 %21, label %8, label %11, !llvm.loop !16

22:                                               ; preds = %8, %25
  %23 = phi i64 [ %26, %25 ], [ 0, %8 ]
  %24 = getelementptr inbounds nuw [110 x double], ptr %1, i64 %23
  br label %28

25:                                               ; preds = %28
  %26 = add nuw nsw i64 %23, 1
  %27 = icmp eq i64 %26, 120
  br i1 %27, label %38, label %22, !llvm.loop !17

28:                                               ; preds = %22, %28
  %29 = phi i64 [ 0, %22 ], [ %30, %28 ]
  %30 = add nuw nsw i64 %29, 1
  %31 = mul nuw nsw i64 %30, %23
  %32 = trunc nuw nsw i64 %31 to i32
  %33 = urem i32 %32, 110
  %34 = uitofp nneg i32 %33 to double
  %35 = fdiv double %34, 1.100000e+02
  %36 = getelementptr inbounds nuw double, ptr %24, i64 %29
  store double %35, ptr %36, align 8, !tbaa !9
  %37 = icmp eq i64 %30, 110
  br i1 %37, label %25, label %28, !llvm.loop !18

38:                                               ; preds = %25, %41
  %39 = phi i64 [ %42, %41 ], [ 0, %25 ]
  %40 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %39
  br label %44

41:                                               ; preds = %44
  %42 = add nuw nsw i64 %39, 1
  %43 = icmp eq i64 %42, 110
  br i1 %43, label %56, label %38, !llvm.loop !19

44:                                               ; preds = %38, %44
  %45 = phi i64 [ 0, %38 ], [ %54, %44 ]
  %46 = add nuw nsw i64 %45, 3
  %47 = mul nuw nsw i64 %46, %39
  %48 = trunc i64 %47 to i32
  %49 = add i32 %48, 1
  %50 = urem i32 %49, 130
  %51 = uitofp nneg i32 %50 to double
  %52 = fdiv double %51, 1.300000e+02
  %53 = getelementptr inbounds nuw double, ptr %40, i64 %45
  store double %52, ptr %53, align 8, !tbaa !9
  %54 = add nuw nsw i64 %45, 1
  %55 = icmp eq i64 %54, 130
  br i1 %55, label %41, label %44, !llvm.loop !20

56:                                               ; preds = %41, %60
  %57 = phi i64 [ %61, %60 ], [ 0, %41 ]
  %58 = getelementptr inbounds nuw [130 x double], ptr %3, i64 %57
  br label %63

59:                                               ; preds = %60
  ret void

60:                                               ; preds = %63
  %61 = add nuw nsw i64 %57, 1
  %62 = icmp eq i64 %61, 100
  br i1 %62, label %59, label %56, !llvm.loop !21

63:                                               ; preds = %56, %63
  %64 = phi i64 [ 0, %56 ], [ %72, %63 ]
  %65 = add nuw nsw i64 %64, 2
  %66 = mul nuw nsw i64 %65, %57
  %67 = trunc nuw nsw i64 %66 to i32
  %68 = urem i32 %67, 120
  %69 = uitofp nneg i32 %68 to double
  %70 = fdiv double %69, 1.200000e+02
  %71 = getelementptr inbounds nuw double, ptr %58, i64 %64
  store double %70, ptr %71, align 8, !tbaa !9
  %72 = add nuw nsw i64 %64, 1
  %73 = icmp eq i64 %72, 130
  br i1 %73, label %60, label %63, !llvm.loop !22
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_2mm(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef captures(none) %4) unnamed_addr #3 {
  br label %6

6:                                                ; preds = %5, %10
  %7 = phi i64 [ 0, %5 ], [ %11, %10 ]
  %8 = getelementptr inbounds nuw [110 x double], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw [120 x double], ptr %1, i64 %7
  br label %13

10:                                               ; preds = %17
  %11 = add nuw nsw i64 %7, 1
  %12 = icmp eq i64 %11, 100
  br i1 %12, label %31, label %6, !llvm.loop !23

13:                                               ; preds = %6, %17
  %14 = phi i64 [ 0, %6 ], [ %18, %17 ]
  %15 = getelementptr inbounds nuw double, ptr %8, i64 %14
  store double 0.000000e+00, ptr %15, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw double, ptr %2, i64 %14
  br label %20

17:                                               ; preds = %20
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp eq i64 %18, 110
  br i1 %19, label %10, label %13, !llvm.loop !24

20:                                               ; preds = %13, %20
  %21 = phi i64 [ 0, %13 ], [ %29, %20 ]
  %22 = phi double [ 0.000000e+00, %13 ], [ %28, %20 ]
  %23 = getelementptr inbounds nuw double, ptr %9, i64 %21
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = fmul double %24, 1.500000e+00
  %26 = getelementptr inbounds nuw [110 x double], ptr %16, i64 %21
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call double @llvm.fmuladd.f64(double %25, double %27, double %22)
  store double %28, ptr %15, align 8, !tbaa !9
  %29 = add nuw nsw i64 %21, 1
  %30 = icmp eq i64 %29, 120
  br i1 %30, label %17, label %20, !llvm.loop !25

31:                                               ; preds = %10, %36
  %32 = phi i64 [ %37, %36 ], [ 0, %10 ]
  %33 = getelementptr inbounds nuw [130 x double], ptr %4, i64 %32
  %34 = getelementptr inbounds nuw [110 x double], ptr %0, i64 %32
  br label %39

35:                                               ; preds = %36
  ret void

36:                                               ; preds = %45
  %37 = add nuw nsw i64 %32, 1
  %38 = icmp eq i64 %37, 100
  br i1 %38, label %35, label %31, !llvm.loop !26

39:                                               ; preds = %31, %45
  %40 = phi i64 [ 0, %31 ], [ %46, %45 ]
  %41 = getelementptr inbounds nuw double, ptr %33, i64 %40
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = fmul double %42, 1.200000e+00
  store double %43, ptr %41, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw double, ptr %3, i64 %40
  br label %48

45:                                               ; preds = %48
  %46 = add nuw nsw i64 %40, 1
  %47 = icmp eq i64 %46, 130
  br i1 %47, label %36, label %39, !llvm.loop !27

48:                                               ; preds = %39, %48
  %49 = phi i64 [ 0, %39 ], [ %56, %48 ]
  %50 = phi double [ %43, %39 ], [ %55, %48 ]
  %51 = getelementptr inbounds nuw double, ptr %34, i64 %49
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw [130 x double], ptr %44, i64 %49
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = tail call double @llvm.fmuladd.f64(double %52, double %54, double %50)
  store double %55, ptr %41, align 8, !tbaa !9
  %56 = add nuw nsw i64 %49, 1
  %57 = icmp eq i64 %56, 110
  br i1 %57, label %45, label %48, !llvm.loop !28
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
!26 = distinct !{!26, !12, !13}
!27 = distinct !{!27, !12, !13}
!28 = distinct !{!28, !12, !13}
