; ModuleID = 'doitgen.c'
source_filename = "doitgen.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"sum %.12e A[1][2][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(960000) ptr @malloc(i64 noundef 960000) #6
  %2 = tail call noalias dereferenceable_or_null(28800) ptr @malloc(i64 noundef 28800) #6
  %3 = tail call noalias dereferenceable_or_null(480) ptr @malloc(i64 noundef 480) #6
  br label %4

4:                                                ; preds = %0, %11
  %5 = phi i64 [ 0, %0 ], [ %12, %11 ]
  %6 = getelementptr inbounds nuw [40 x [60 x double]], ptr %1, i64 %5
  br label %7

7:                                                ; preds = %4, %14
  %8 = phi i64 [ 0, %4 ], [ %15, %14 ]
  %9 = mul nuw nsw i64 %8, %5
  %10 = getelementptr inbounds nuw [60 x double], ptr %6, i64 %8
  br label %17

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %5, 1
  %13 = icmp eq i64 %12, 50
  br i1 %13, label %27, label %4, !llvm.loop !9

14:                                               ; preds = %17
  %15 = add nuw nsw i64 %8, 1
  %16 = icmp eq i64 %15, 40
  br i1 %16, label %11, label %7, !llvm.loop !12

17:                                               ; preds = %7, %17
  %18 = phi i64 [ 0, %7 ], [ %25, %17 ]
  %19 = add nuw nsw i64 %18, %9
  %20 = trunc nuw nsw i64 %19 to i32
  %21 = urem i32 %20, 60
  %22 = uitofp nneg i32 %21 to double
  %23 = fdiv double %22, 6.000000e+01
  %24 = getelementptr inbounds nuw double, ptr %10, i64 %18
  store double %23, ptr %24, align 8, !tbaa !13
  %25 = add nuw nsw i64 %18, 1
  %26 = icmp eq i64 %25, 60
  br i1 %26, label %14, label %17, !llvm.loop !15

27:                                               ; preds = %11, %31
  %28 = phi i64 [ %32, %31 ], [ 0, %11 ]
  %29 = getelementptr inbounds nuw [60 x double], ptr %2, i64 %28
  br label %34

30:                                               ; preds = %31
  tail call fastcc void @kernel_doitgen(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %44

31:                                               ; preds = %34
  %32 = add nuw nsw i64 %28, 1
  %33 = icmp eq i64 %32, 60
  br i1 %33, label %30, label %27, !llvm.loop !16

34:                                               ; preds = %27, %34
  %35 = phi i64 [ 0, %27 ], [ %42, %34 ]
  %36 = mul nuw nsw i64 %35, %28
  %37 = trunc nuw nsw i64 %36 to i32
  %38 = urem i32 %37, 60
  %39 = uitofp nneg i32 %38 to double
  %40 = fdiv double %39, 6.000000e+01
  %41 = getelementptr inbounds nuw double, ptr %29, i64 %35
  store double %40, ptr %41, align 8, !tbaa !13
  %42 = add nuw nsw i64 %35, 1
  %43 = icmp eq i64 %42, 60
  br i1 %43, label %31, label %34, !llvm.loop !17

44:                                               ; preds = %30, %56
  %45 = phi i64 [ 0, %30 ], [ %57, %56 ]
  %46 = phi double [ 0.000000e+00, %30 ], [ %67, %56 ]
  %47 = getelementptr inbounds nuw [40 x [60 x double]], ptr %1, i64 %45
  br label %52

48:                                               ; preds = %56
  %49 = getelementptr inbounds nuw i8, ptr %1, i64 20184
  %50 = load double, ptr %49, align 8, !tbaa !13
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %67, double noundef %50)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

52:                                               ; preds = %44, %59
  %53 = phi i64 [ 0, %44 ], [ %60, %59 ]
  %54 = phi double [ %46, %44 ], [ %67, %59 ]
  %55 = getelementptr inbounds nuw [60 x double], ptr %47, i64 %53
  br label %62

56:                                               ; preds = %59
  %57 = add nuw nsw i64 %45, 1
  %58 = icmp eq i64 %57, 50
  br i1 %58, label %48, label %44, !llvm.loop !18

59:                                               ; preds = %62
  %60 = add nuw nsw i64 %53, 1
  %61 = icmp eq i64 %60, 40
  br i1 %61, label %56, label %52, !llvm.loop !19

62:                                               ; preds = %52, %62
  %63 = phi i64 [ 0, %52 ], [ %68, %62 ]
  %64 = phi double [ %54, %52 ], [ %67, %62 ]
  %65 = getelementptr inbounds nuw double, ptr %55, i64 %63
  %66 = load double, ptr %65, align 8, !tbaa !13
  %67 = fadd double %64, %66
  %68 = add nuw nsw i64 %63, 1
  %69 = icmp eq i64 %68, 60
  br i1 %69, label %59, label %62, !llvm.loop !20
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_doitgen(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %12
  %5 = phi i64 [ 0, %3 ], [ %13, %12 ]
  %6 = getelementptr inbounds nuw [40 x [60 x double]], ptr %0, i64 %5
  %7 = getelementptr inbounds nuw [40 x [60 x double]], ptr %0, i64 %5
  br label %9

8:                                                ; preds = %12
  ret void

9:                                                ; preds = %4, %34
  %10 = phi i64 [ 0, %4 ], [ %35, %34 ]
  %11 = getelementptr inbounds nuw [60 x double], ptr %6, i64 %10
  br label %17

12:                                               ; preds = %34
  %13 = add nuw nsw i64 %5, 1
  %14 = icmp eq i64 %13, 50
  br i1 %14, label %8, label %4, !llvm.loop !21

15:                                               ; preds = %21
  %16 = getelementptr inbounds nuw [60 x double], ptr %7, i64 %10
  br label %37

17:                                               ; preds = %9, %21
  %18 = phi i64 [ 0, %9 ], [ %22, %21 ]
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %18
  store double 0.000000e+00, ptr %19, align 8, !tbaa !13
  %20 = getelementptr inbounds nuw double, ptr %1, i64 %18
  br label %24

21:                                               ; preds = %24
  %22 = add nuw nsw i64 %18, 1
  %23 = icmp eq i64 %22, 60
  br i1 %23, label %15, label %17, !llvm.loop !22

24:                                               ; preds = %17, %24
  %25 = phi i64 [ 0, %17 ], [ %32, %24 ]
  %26 = phi double [ 0.000000e+00, %17 ], [ %31, %24 ]
  %27 = getelementptr inbounds nuw double, ptr %11, i64 %25
  %28 = load double, ptr %27, align 8, !tbaa !13
  %29 = getelementptr inbounds nuw [60 x double], ptr %20, i64 %25
  %30 = load double, ptr %29, align 8, !tbaa !13
  %31 = tail call double @llvm.fmuladd.f64(double %28, double %30, double %26)
  store double %31, ptr %19, align 8, !tbaa !13
  %32 = add nuw nsw i64 %25, 1
  %33 = icmp eq i64 %32, 60
  br i1 %33, label %21, label %24, !llvm.loop !23

34:                                               ; preds = %37
  %35 = add nuw nsw i64 %10, 1
  %36 = icmp eq i64 %35, 40
  br i1 %36, label %12, label %9, !llvm.loop !24

37:                                               ; preds = %15, %37
  %38 = phi i64 [ 0, %15 ], [ %42, %37 ]
  %39 = getelementptr inbounds nuw double, ptr %2, i64 %38
  %40 = load double, ptr %39, align 8, !tbaa !13
  %41 = getelementptr inbounds nuw double, ptr %16, i64 %38
  store double %40, ptr %41, align 8, !tbaa !13
  %42 = add nuw nsw i64 %38, 1
  %43 = icmp eq i64 %42, 60
  br i1 %43, label %34, label %37, !llvm.loop !25
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = !{!14, !14, i64 0}
!14 = !{!"double", !7, i64 0}
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
