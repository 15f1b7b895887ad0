; ModuleID = 'fdtd_2d.c'
source_filename = "fdtd_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [26 x i8] c"sum %.12e hz[1][2] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #6
  %2 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #6
  %3 = tail call noalias dereferenceable_or_null(384000) ptr @malloc(i64 noundef 384000) #6
  %4 = tail call noalias dereferenceable_or_null(160) ptr @malloc(i64 noundef 160) #6
  br label %5

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %10, %5 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = uitofp nneg i32 %7 to double
  %9 = getelementptr inbounds nuw double, ptr %4, i64 %6
  store double %8, ptr %9, align 8, !tbaa !9
  %10 = add nuw nsw i64 %6, 1
  %11 = icmp eq i64 %10, 20
  br i1 %11, label %12, label %5, !llvm.loop !11

12:                                               ; preds = %5, %18
  %13 = phi i64 [ %19, %18 ], [ 0, %5 ]
  %14 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %13
  %15 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %13
  %16 = getelementptr inbounds nuw [240 x double], ptr %3, i64 %13
  br label %21

17:                                               ; preds = %18
  tail call fastcc void @kernel_fdtd_2d(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %42

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %13, 1
  %20 = icmp eq i64 %19, 200
  br i1 %20, label %17, label %12, !llvm.loop !14

21:                                               ; preds = %12, %21
  %22 = phi i64 [ 0, %12 ], [ %23, %21 ]
  %23 = add nuw nsw i64 %22, 1
  %24 = mul nuw nsw i64 %23, %13
  %25 = trunc nuw nsw i64 %24 to i32
  %26 = uitofp nneg i32 %25 to double
  %27 = fdiv double %26, 2.000000e+02
  %28 = getelementptr inbounds nuw double, ptr %14, i64 %22
  store double %27, ptr %28, align 8, !tbaa !9
  %29 = add nuw nsw i64 %22, 2
  %30 = mul nuw nsw i64 %29, %13
  %31 = trunc nuw nsw i64 %30 to i32
  %32 = uitofp nneg i32 %31 to double
  %33 = fdiv double %32, 2.400000e+02
  %34 = getelementptr inbounds nuw double, ptr %15, i64 %22
  store double %33, ptr %34, align 8, !tbaa !9
  %35 = add nuw nsw i64 %22, 3
  %36 = mul nuw nsw i64 %35, %13
  %37 = trunc nuw nsw i64 %36 to i32
  %38 = uitofp nneg i32 %37 to double
  %39 = fdiv double %38, 2.000000e+02
  %40 = getelementptr inbounds nuw double, ptr %16, i64 %22
  store double %39, ptr %40, align 8, !tbaa !9
  %41 = icmp eq i64 %23, 240
  br i1 %41, label %18, label %21, !llvm.loop !15

42:                                               ; preds = %17, %52
  %43 = phi i64 [ 0, %17 ], [ %53, %52 ]
  %44 = phi double [ 0.000000e+00, %17 ], [ %66, %52 ]
  %45 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %43
  %46 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %43
  %47 = getelementptr inbounds nuw [240 x double], ptr %3, i64 %43
  br label %55

48:                                               ; preds = %52
  %49 = getelementptr inbounds nuw i8, ptr %3, i64 1936
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %66, double noundef %50)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  tail call void @free(ptr noundef %4) #7
  ret i32 0

52:                                               ; preds = %55
  %53 = add nuw nsw i64 %43, 1
  %54 = icmp eq i64 %53, 200
  br i1 %54, label %48, label %42, !llvm.loop !16

55:                                               ; preds = %42, %55
  %56 = phi i64 [ 0, %42 ], [ %67, %55 ]
  %57 = phi double [ %44, %42 ], [ %66, %55 ]
  %58 = getelementptr inbounds nuw double, ptr %45, i64 %56
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = getelementptr inbounds nuw double, ptr %46, i64 %56
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %59, %61
  %63 = getelementptr inbounds nuw double, ptr %47, i64 %56
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = fadd double %62, %64
  %66 = fadd double %57, %65
  %67 = add nuw nsw i64 %56, 1
  %68 = icmp eq i64 %67, 240
  br i1 %68, label %52, label %55, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_fdtd_2d(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %60
  %6 = phi i64 [ 0, %4 ], [ %61, %60 ]
  %7 = getelementptr inbounds nuw double, ptr %3, i64 %6
  br label %9

8:                                                ; preds = %60
  ret void

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 0, %5 ], [ %13, %9 ]
  %11 = load double, ptr %7, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw double, ptr %1, i64 %10
  store double %11, ptr %12, align 8, !tbaa !9
  %13 = add nuw nsw i64 %10, 1
  %14 = icmp eq i64 %13, 240
  br i1 %14, label %15, label %9, !llvm.loop !18

15:                                               ; preds = %9, %20
  %16 = phi i64 [ %21, %20 ], [ 1, %9 ]
  %17 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %16
  %18 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %16
  %19 = getelementptr i8, ptr %18, i64 -1920
  br label %23

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %16, 1
  %22 = icmp eq i64 %21, 200
  br i1 %22, label %35, label %15, !llvm.loop !19

23:                                               ; preds = %15, %23
  %24 = phi i64 [ 0, %15 ], [ %33, %23 ]
  %25 = getelementptr inbounds nuw double, ptr %17, i64 %24
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %18, i64 %24
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = getelementptr inbounds nuw double, ptr %19, i64 %24
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = fsub double %28, %30
  %32 = tail call double @llvm.fmuladd.f64(double %31, double -5.000000e-01, double %26)
  store double %32, ptr %25, align 8, !tbaa !9
  %33 = add nuw nsw i64 %24, 1
  %34 = icmp eq i64 %33, 240
  br i1 %34, label %20, label %23, !llvm.loop !20

35:                                               ; preds = %20, %39
  %36 = phi i64 [ %40, %39 ], [ 0, %20 ]
  %37 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %36
  %38 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %36
  br label %42

39:                                               ; preds = %42
  %40 = add nuw nsw i64 %36, 1
  %41 = icmp eq i64 %40, 200
  br i1 %41, label %54, label %35, !llvm.loop !21

42:                                               ; preds = %35, %42
  %43 = phi i64 [ 1, %35 ], [ %52, %42 ]
  %44 = getelementptr inbounds nuw double, ptr %37, i64 %43
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw double, ptr %38, i64 %43
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = getelementptr i8, ptr %46, i64 -8
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fsub double %47, %49
  %51 = tail call double @llvm.fmuladd.f64(double %50, double -5.000000e-01, double %45)
  store double %51, ptr %44, align 8, !tbaa !9
  %52 = add nuw nsw i64 %43, 1
  %53 = icmp eq i64 %52, 240
  br i1 %53, label %39, label %42, !llvm.loop !22

54:                                               ; preds = %39, %63
  %55 = phi i64 [ %64, %63 ], [ 0, %39 ]
  %56 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %55
  %57 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %55
  %58 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %55
  %59 = getelementptr inbounds nuw i8, ptr %58, i64 1920
  br label %66

60:                                               ; preds = %63
  %61 = add nuw nsw i64 %6, 1
  %62 = icmp eq i64 %61, 20
  br i1 %62, label %8, label %5, !llvm.loop !23

63:                                               ; preds = %66
  %64 = add nuw nsw i64 %55, 1
  %65 = icmp eq i64 %64, 199
  br i1 %65, label %60, label %54, !llvm.loop !24

66:                                               ; preds = %54, %66
  %67 = phi i64 [ 0, %54 ], [ %70, %66 ]
  %68 = getelementptr inbounds nuw double, ptr %56, i64 %67
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = add nuw nsw i64 %67, 1
  %71 = getelementptr inbounds nuw double, ptr %57, i64 %70
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw double, ptr %57, i64 %67
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = fsub double %72, %74
  %76 = getelementptr inbounds nuw double, ptr %59, i64 %67
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %75, %77
  %79 = getelementptr inbounds nuw double, ptr %58, i64 %67
  %80 = load double, ptr %79, align 8, !tbaa !9
  %81 = fsub double %78, %80
  %82 = tail call double @llvm.fmuladd.f64(double %81, double 0xBFE6666666666666, double %69)
  store double %82, ptr %68, align 8, !tbaa !9
  %83 = icmp eq i64 %70, 239
  br i1 %83, label %63, label %66, !llvm.loop !25
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
!21 = distinct !{!21, !12, !13}
!22 = distinct !{!22, !12, !13}
!23 = distinct !{!23, !12, !13}
!24 = distinct !{!24, !12, !13}
!25 = distinct !{!25, !12, !13}
