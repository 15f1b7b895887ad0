; ModuleID = 'covariance.c'
source_filename = "covariance.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"sum %.12e cov[3][8] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(499200) ptr @malloc(i64 noundef 499200) #6
  %2 = tail call noalias dereferenceable_or_null(460800) ptr @malloc(i64 noundef 460800) #6
  %3 = tail call noalias dereferenceable_or_null(1920) ptr @malloc(i64 noundef 1920) #6
  br label %4

4:                                                ; preds = %0, %8
  %5 = phi i64 [ 0, %0 ], [ %9, %8 ]
  %6 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %5
  br label %11

7:                                                ; preds = %8
  tail call fastcc void @kernel_covariance(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %20

8:                                                ; preds = %11
  %9 = add nuw nsw i64 %5, 1
  %10 = icmp eq i64 %9, 260
  br i1 %10, label %7, label %4, !llvm.loop !9

11:                                               ; preds = %4, %11
  %12 = phi i64 [ 0, %4 ], [ %18, %11 ]
  %13 = mul nuw nsw i64 %12, %5
  %14 = trunc nuw nsw i64 %13 to i32
  %15 = uitofp nneg i32 %14 to double
  %16 = fdiv double %15, 2.400000e+02
  %17 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store double %16, ptr %17, align 8, !tbaa !12
  %18 = add nuw nsw i64 %12, 1
  %19 = icmp eq i64 %18, 240
  br i1 %19, label %8, label %11, !llvm.loop !14

20:                                               ; preds = %7, %28
  %21 = phi i64 [ 0, %7 ], [ %29, %28 ]
  %22 = phi double [ 0.000000e+00, %7 ], [ %36, %28 ]
  %23 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %21
  br label %31

24:                                               ; preds = %28
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 5824
  %26 = load double, ptr %25, align 8, !tbaa !12
  %27 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %36, double noundef %26)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

28:                                               ; preds = %31
  %29 = add nuw nsw i64 %21, 1
  %30 = icmp eq i64 %29, 240
  br i1 %30, label %24, label %20, !llvm.loop !15

31:                                               ; preds = %20, %31
  %32 = phi i64 [ 0, %20 ], [ %37, %31 ]
  %33 = phi double [ %22, %20 ], [ %36, %31 ]
  %34 = getelementptr inbounds nuw double, ptr %23, i64 %32
  %35 = load double, ptr %34, align 8, !tbaa !12
  %36 = fadd double %33, %35
  %37 = add nuw nsw i64 %32, 1
  %38 = icmp eq i64 %37, 240
  br i1 %38, label %28, label %31, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_covariance(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %8
  %5 = phi i64 [ 0, %3 ], [ %11, %8 ]
  %6 = getelementptr inbounds nuw double, ptr %2, i64 %5
  store double 0.000000e+00, ptr %6, align 8, !tbaa !12
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %5
  br label %13

8:                                                ; preds = %13
  %9 = load double, ptr %6, align 8, !tbaa !12
  %10 = fdiv double %9, 2.600000e+02
  store double %10, ptr %6, align 8, !tbaa !12
  %11 = add nuw nsw i64 %5, 1
  %12 = icmp eq i64 %11, 240
  br i1 %12, label %21, label %4, !llvm.loop !17

13:                                               ; preds = %4, %13
  %14 = phi i64 [ 0, %4 ], [ %19, %13 ]
  %15 = phi double [ 0.000000e+00, %4 ], [ %18, %13 ]
  %16 = getelementptr inbounds nuw [240 x double], ptr %7, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !12
  %18 = fadd double %17, %15
  store double %18, ptr %6, align 8, !tbaa !12
  %19 = add nuw nsw i64 %14, 1
  %20 = icmp eq i64 %19, 260
  br i1 %20, label %8, label %13, !llvm.loop !18

21:                                               ; preds = %8, %24
  %22 = phi i64 [ %25, %24 ], [ 0, %8 ]
  %23 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %22
  br label %27

24:                                               ; preds = %27
  %25 = add nuw nsw i64 %22, 1
  %26 = icmp eq i64 %25, 260
  br i1 %26, label %36, label %21, !llvm.loop !19

27:                                               ; preds = %21, %27
  %28 = phi i64 [ 0, %21 ], [ %34, %27 ]
  %29 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %30 = load double, ptr %29, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw double, ptr %23, i64 %28
  %32 = load double, ptr %31, align 8, !tbaa !12
  %33 = fsub double %32, %30
  store double %33, ptr %31, align 8, !tbaa !12
  %34 = add nuw nsw i64 %28, 1
  %35 = icmp eq i64 %34, 240
  br i1 %35, label %24, label %27, !llvm.loop !20

36:                                               ; preds = %24, %41
  %37 = phi i64 [ %42, %41 ], [ 0, %24 ]
  %38 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %37
  %39 = getelementptr inbounds nuw double, ptr %1, i64 %37
  br label %44

40:                                               ; preds = %41
  ret void

41:                                               ; preds = %47
  %42 = add nuw nsw i64 %37, 1
  %43 = icmp eq i64 %42, 240
  br i1 %43, label %40, label %36, !llvm.loop !21

44:                                               ; preds = %36, %47
  %45 = phi i64 [ %37, %36 ], [ %51, %47 ]
  %46 = getelementptr inbounds nuw double, ptr %38, i64 %45
  store double 0.000000e+00, ptr %46, align 8, !tbaa !12
  br label %53

47:                                               ; preds = %53
  %48 = load double, ptr %46, align 8, !tbaa !12
  %49 = fdiv double %48, 2.590000e+02
  store double %49, ptr %46, align 8, !tbaa !12
  %50 = getelementptr inbounds nuw [240 x double], ptr %39, i64 %45
  store double %49, ptr %50, align 8, !tbaa !12
  %51 = add nuw nsw i64 %45, 1
  %52 = icmp eq i64 %51, 240
  br i1 %52, label %41, label %44, !llvm.loop !22

53:                                               ; preds = %44, %53
  %54 = phi i64 [ 0, %44 ], [ %62, %53 ]
  %55 = phi double [ 0.000000e+00, %44 ], [ %61, %53 ]
  %56 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %54
  %57 = getelementptr inbounds nuw double, ptr %56, i64 %37
  %58 = load double, ptr %57, align 8, !tbaa !12
  %59 = getelementptr inbounds nuw double, ptr %56, i64 %45
  %60 = load double, ptr %59, align 8, !tbaa !12
  %61 = tail call double @llvm.fmuladd.f64(double %58, double %60, double %55)
  store double %61, ptr %46, align 8, !tbaa !12
  %62 = add nuw nsw i64 %54, 1
  %63 = icmp eq i64 %62, 260
  br i1 %63, label %47, label %53, !llvm.loop !23
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
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
