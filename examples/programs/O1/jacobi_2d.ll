; ModuleID = 'jacobi_2d.c'
source_filename = "jacobi_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[5][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(500000) ptr @malloc(i64 noundef 500000) #6
  %2 = tail call noalias dereferenceable_or_null(500000) ptr @malloc(i64 noundef 500000) #6
  br label %3

3:                                                ; preds = %0, %10
  %4 = phi i64 [ 0, %0 ], [ %11, %10 ]
  %5 = trunc nuw nsw i64 %4 to i32
  %6 = uitofp nneg i32 %5 to double
  %7 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %4
  %8 = getelementptr inbounds nuw [250 x double], ptr %2, i64 %4
  br label %13

9:                                                ; preds = %10
  tail call fastcc void @kernel_jacobi_2d(ptr noundef %1, ptr noundef %2)
  br label %29

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %4, 1
  %12 = icmp eq i64 %11, 250
  br i1 %12, label %9, label %3, !llvm.loop !9

13:                                               ; preds = %3, %13
  %14 = phi i64 [ 0, %3 ], [ %27, %13 ]
  %15 = trunc i64 %14 to i32
  %16 = add i32 %15, 2
  %17 = uitofp nneg i32 %16 to double
  %18 = tail call double @llvm.fmuladd.f64(double %6, double %17, double 2.000000e+00)
  %19 = fdiv double %18, 2.500000e+02
  %20 = getelementptr inbounds nuw double, ptr %7, i64 %14
  store double %19, ptr %20, align 8, !tbaa !12
  %21 = trunc i64 %14 to i32
  %22 = add i32 %21, 3
  %23 = uitofp nneg i32 %22 to double
  %24 = tail call double @llvm.fmuladd.f64(double %6, double %23, double 3.000000e+00)
  %25 = fdiv double %24, 2.500000e+02
  %26 = getelementptr inbounds nuw double, ptr %8, i64 %14
  store double %25, ptr %26, align 8, !tbaa !12
  %27 = add nuw nsw i64 %14, 1
  %28 = icmp eq i64 %27, 250
  br i1 %28, label %10, label %13, !llvm.loop !14

29:                                               ; preds = %9, %37
  %30 = phi i64 [ 0, %9 ], [ %38, %37 ]
  %31 = phi double [ 0.000000e+00, %9 ], [ %45, %37 ]
  %32 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %30
  br label %40

33:                                               ; preds = %37
  %34 = getelementptr inbounds nuw i8, ptr %1, i64 10040
  %35 = load double, ptr %34, align 8, !tbaa !12
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %45, double noundef %35)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  ret i32 0

37:                                               ; preds = %40
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, 250
  br i1 %39, label %33, label %29, !llvm.loop !15

40:                                               ; preds = %29, %40
  %41 = phi i64 [ 0, %29 ], [ %46, %40 ]
  %42 = phi double [ %31, %29 ], [ %45, %40 ]
  %43 = getelementptr inbounds nuw double, ptr %32, i64 %41
  %44 = load double, ptr %43, align 8, !tbaa !12
  %45 = fadd double %42, %44
  %46 = add nuw nsw i64 %41, 1
  %47 = icmp eq i64 %46, 250
  br i1 %47, label %37, label %40, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_jacobi_2d(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #3 {
  br label %3

3:                                                ; preds = %2, %41
  %4 = phi i32 [ 0, %2 ], [ %42, %41 ]
  br label %6

5:                                                ; preds = %41
  ret void

6:                                                ; preds = %3, %12
  %7 = phi i64 [ 1, %3 ], [ %13, %12 ]
  %8 = getelementptr inbounds nuw [250 x double], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw i8, ptr %8, i64 2000
  %10 = getelementptr i8, ptr %8, i64 -2000
  %11 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %7
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %7, 1
  %14 = icmp eq i64 %13, 249
  br i1 %14, label %35, label %6, !llvm.loop !17

15:                                               ; preds = %6, %15
  %16 = phi i64 [ 1, %6 ], [ %22, %15 ]
  %17 = getelementptr inbounds nuw double, ptr %8, i64 %16
  %18 = load double, ptr %17, align 8, !tbaa !12
  %19 = getelementptr i8, ptr %17, i64 -8
  %20 = load double, ptr %19, align 8, !tbaa !12
  %21 = fadd double %18, %20
  %22 = add nuw nsw i64 %16, 1
  %23 = getelementptr inbounds nuw double, ptr %8, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !12
  %25 = fadd double %21, %24
  %26 = getelementptr inbounds nuw double, ptr %9, i64 %16
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = fadd double %25, %27
  %29 = getelementptr inbounds nuw double, ptr %10, i64 %16
  %30 = load double, ptr %29, align 8, !tbaa !12
  %31 = fadd double %28, %30
  %32 = fmul double %31, 2.000000e-01
  %33 = getelementptr inbounds nuw double, ptr %11, i64 %16
  store double %32, ptr %33, align 8, !tbaa !12
  %34 = icmp eq i64 %22, 249
  br i1 %34, label %12, label %15, !llvm.loop !18

35:                                               ; preds = %12, %44
  %36 = phi i64 [ %45, %44 ], [ 1, %12 ]
  %37 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %36
  %38 = getelementptr inbounds nuw i8, ptr %37, i64 2000
  %39 = getelementptr i8, ptr %37, i64 -2000
  %40 = getelementptr inbounds nuw [250 x double], ptr %0, i64 %36
  br label %47

41:                                               ; preds = %44
  %42 = add nuw nsw i32 %4, 1
  %43 = icmp eq i32 %42, 20
  br i1 %43, label %5, label %3, !llvm.loop !19

44:                                               ; preds = %47
  %45 = add nuw nsw i64 %36, 1
  %46 = icmp eq i64 %45, 249
  br i1 %46, label %41, label %35, !llvm.loop !20

47:                                               ; preds = %35, %47
  %48 = phi i64 [ 1, %35 ], [ %54, %47 ]
  %49 = getelementptr inbounds nuw double, ptr %37, i64 %48
  %50 = load double, ptr %49, align 8, !tbaa !12
  %51 = getelementptr i8, ptr %49, i64 -8
  %52 = load double, ptr %51, align 8, !tbaa !12
  %53 = fadd double %50, %52
  %54 = add nuw nsw i64 %48, 1
  %55 = getelementptr inbounds nuw double, ptr %37, i64 %54
  %56 = load double, ptr %55, align 8, !tbaa !12
  %57 = fadd double %53, %56
  %58 = getelementptr inbounds nuw double, ptr %38, i64 %48
  %59 = load double, ptr %58, align 8, !tbaa !12
  %60 = fadd double %57, %59
  %61 = getelementptr inbounds nuw double, ptr %39, i64 %48
  %62 = load double, ptr %61, align 8, !tbaa !12
  %63 = fadd double %60, %62
  %64 = fmul double %63, 2.000000e-01
  %65 = getelementptr inbounds nuw double, ptr %40, i64 %48
  store double %64, ptr %65, align 8, !tbaa !12
  %66 = icmp eq i64 %54, 249
  br i1 %66, label %44, label %47, !llvm.loop !21
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
