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

4:                                                ; preds = %0, %28
  %5 = phi i64 [ 0, %0 ], [ %29, %28 ]
  %6 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %5
  %7 = add nuw nsw i64 %5, 180
  %8 = getelementptr inbounds nuw [180 x double], ptr %3, i64 %5
  br label %12

9:                                                ; preds = %28
  tail call fastcc void @kernel_symm(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %42

10:                                               ; preds = %12
  %11 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %5
  br label %31

12:                                               ; preds = %4, %12
  %13 = phi i64 [ 0, %4 ], [ %26, %12 ]
  %14 = add nuw nsw i64 %13, %5
  %15 = trunc nuw nsw i64 %14 to i32
  %16 = urem i32 %15, 50
  %17 = uitofp nneg i32 %16 to double
  %18 = fdiv double %17, 5.000000e+01
  %19 = getelementptr inbounds nuw double, ptr %6, i64 %13
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = sub nuw nsw i64 %7, %13
  %21 = trunc nuw nsw i64 %20 to i32
  %22 = urem i32 %21, 30
  %23 = uitofp nneg i32 %22 to double
  %24 = fdiv double %23, 3.000000e+01
  %25 = getelementptr inbounds nuw double, ptr %8, i64 %13
  store double %24, ptr %25, align 8, !tbaa !9
  %26 = add nuw nsw i64 %13, 1
  %27 = icmp eq i64 %26, 180
  br i1 %27, label %10, label %12, !llvm.loop !11

28:                                               ; preds = %31
  %29 = add nuw nsw i64 %5, 1
  %30 = icmp eq i64 %29, 160
  br i1 %30, label %9, label %4, !llvm.loop !14

31:                                               ; preds = %10, %31
  %32 = phi i64 [ 0, %10 ], [ %40, %31 ]
  %33 = mul nuw nsw i64 %32, %5
  %34 = trunc i64 %33 to i32
  %35 = add i32 %34, 3
  %36 = urem i32 %35, 40
  %37 = uitofp nneg i32 %36 to double
  %38 = fdiv double %37, 4.000000e+01
  %39 = getelementptr inbounds nuw double, ptr %11, i64 %32
  store double %38, ptr %39, align 8, !tbaa !9
  %40 = add nuw nsw i64 %32, 1
  %41 = icmp eq i64 %40, 160
  br i1 %41, label %28, label %31, !llvm.loop !15

42:                                               ; preds = %9, %50
  %43 = phi i64 [ 0, %9 ], [ %51, %50 ]
  %44 = phi double [ 0.000000e+00, %9 ], [ %58, %50 ]
  %45 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %43
  br label %53

46:                                               ; preds = %50
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 15888
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %58, double noundef %48)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

50:                                               ; preds = %53
  %51 = add nuw nsw i64 %43, 1
  %52 = icmp eq i64 %51, 160
  br i1 %52, label %46, label %42, !llvm.loop !16

53:                                               ; preds = %42, %53
  %54 = phi i64 [ 0, %42 ], [ %59, %53 ]
  %55 = phi double [ %44, %42 ], [ %58, %53 ]
  %56 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %55, %57
  %59 = add nuw nsw i64 %54, 1
  %60 = icmp eq i64 %59, 180
  br i1 %60, label %50, label %53, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_symm(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %20
  %5 = phi i64 [ 0, %3 ], [ %21, %20 ]
  %6 = icmp eq i64 %5, 0
  %7 = getelementptr inbounds nuw [180 x double], ptr %0, i64 %5
  %8 = getelementptr inbounds nuw [180 x double], ptr %2, i64 %5
  %9 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %5
  %10 = getelementptr inbounds nuw double, ptr %9, i64 %5
  %11 = getelementptr inbounds nuw [180 x double], ptr %2, i64 %5
  %12 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %5
  br label %14

13:                                               ; preds = %20
  ret void

14:                                               ; preds = %4, %23
  %15 = phi i64 [ 0, %4 ], [ %34, %23 ]
  br i1 %6, label %23, label %16

16:                                               ; preds = %14
  %17 = getelementptr inbounds nuw double, ptr %11, i64 %15
  %18 = getelementptr inbounds nuw double, ptr %0, i64 %15
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %15
  br label %36

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %5, 1
  %22 = icmp eq i64 %21, 160
  br i1 %22, label %13, label %4, !llvm.loop !18

23:                                               ; preds = %36, %14
  %24 = phi double [ 0.000000e+00, %14 ], [ %49, %36 ]
  %25 = getelementptr inbounds nuw double, ptr %7, i64 %15
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %8, i64 %15
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = fmul double %28, 1.250000e+00
  %30 = load double, ptr %10, align 8, !tbaa !9
  %31 = fmul double %29, %30
  %32 = tail call double @llvm.fmuladd.f64(double %26, double 7.500000e-01, double %31)
  %33 = tail call double @llvm.fmuladd.f64(double %24, double 1.250000e+00, double %32)
  store double %33, ptr %25, align 8, !tbaa !9
  %34 = add nuw nsw i64 %15, 1
  %35 = icmp eq i64 %34, 180
  br i1 %35, label %20, label %14, !llvm.loop !19

36:                                               ; preds = %16, %36
  %37 = phi i64 [ 0, %16 ], [ %50, %36 ]
  %38 = phi double [ 0.000000e+00, %16 ], [ %49, %36 ]
  %39 = load double, ptr %17, align 8, !tbaa !9
  %40 = fmul double %39, 1.250000e+00
  %41 = getelementptr inbounds nuw double, ptr %12, i64 %37
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = getelementptr inbounds nuw [180 x double], ptr %18, i64 %37
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = tail call double @llvm.fmuladd.f64(double %40, double %42, double %44)
  store double %45, ptr %43, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw [180 x double], ptr %19, i64 %37
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = load double, ptr %41, align 8, !tbaa !9
  %49 = tail call double @llvm.fmuladd.f64(double %47, double %48, double %38)
  %50 = add nuw nsw i64 %37, 1
  %51 = icmp eq i64 %50, %5
  br i1 %51, label %23, label %36, !llvm.loop !20
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
