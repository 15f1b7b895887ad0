; ModuleID = 'cholesky.c'
source_filename = "cholesky.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[7][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(460800) ptr @malloc(i64 noundef 460800) #7
  br label %2

2:                                                ; preds = %0, %7
  %3 = phi i64 [ 0, %0 ], [ %4, %7 ]
  %4 = add nuw nsw i64 %3, 1
  %5 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %3
  br label %9

6:                                                ; preds = %7
  tail call fastcc void @kernel_cholesky(ptr noundef %1)
  br label %20

7:                                                ; preds = %9
  %8 = icmp eq i64 %4, 240
  br i1 %8, label %6, label %2, !llvm.loop !9

9:                                                ; preds = %2, %9
  %10 = phi i64 [ 0, %2 ], [ %18, %9 ]
  %11 = icmp eq i64 %3, %10
  %12 = add nuw nsw i64 %4, %10
  %13 = trunc nuw nsw i64 %12 to i32
  %14 = uitofp nneg i32 %13 to double
  %15 = fdiv double 1.000000e+00, %14
  %16 = select i1 %11, double 4.800000e+02, double %15
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %10
  store double %16, ptr %17, align 8, !tbaa !12
  %18 = add nuw nsw i64 %10, 1
  %19 = icmp eq i64 %18, 240
  br i1 %19, label %7, label %9, !llvm.loop !14

20:                                               ; preds = %6, %29
  %21 = phi i64 [ 0, %6 ], [ %30, %29 ]
  %22 = phi i64 [ 1, %6 ], [ %31, %29 ]
  %23 = phi double [ 0.000000e+00, %6 ], [ %38, %29 ]
  %24 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %21
  br label %33

25:                                               ; preds = %29
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 13464
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %38, double noundef %27)
  tail call void @free(ptr noundef %1) #8
  ret i32 0

29:                                               ; preds = %33
  %30 = add nuw nsw i64 %21, 1
  %31 = add nuw nsw i64 %22, 1
  %32 = icmp eq i64 %30, 240
  br i1 %32, label %25, label %20, !llvm.loop !15

33:                                               ; preds = %20, %33
  %34 = phi i64 [ 0, %20 ], [ %39, %33 ]
  %35 = phi double [ %23, %20 ], [ %38, %33 ]
  %36 = getelementptr inbounds nuw double, ptr %24, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !12
  %38 = fadd double %35, %37
  %39 = add nuw nsw i64 %34, 1
  %40 = icmp eq i64 %39, %22
  br i1 %40, label %29, label %33, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_cholesky(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %40
  %3 = phi i64 [ 0, %1 ], [ %45, %40 ]
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %40, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  %7 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  br label %13

8:                                                ; preds = %40
  ret void

9:                                                ; preds = %20
  %10 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  %11 = getelementptr inbounds nuw double, ptr %10, i64 %3
  %12 = load double, ptr %11, align 8, !tbaa !12
  br label %47

13:                                               ; preds = %5, %20
  %14 = phi i64 [ 0, %5 ], [ %27, %20 ]
  %15 = icmp eq i64 %14, 0
  br i1 %15, label %20, label %16

16:                                               ; preds = %13
  %17 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %14
  %18 = getelementptr inbounds nuw double, ptr %6, i64 %14
  %19 = load double, ptr %18, align 8, !tbaa !12
  br label %29

20:                                               ; preds = %29, %13
  %21 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %14
  %22 = getelementptr inbounds nuw double, ptr %21, i64 %14
  %23 = load double, ptr %22, align 8, !tbaa !12
  %24 = getelementptr inbounds nuw double, ptr %7, i64 %14
  %25 = load double, ptr %24, align 8, !tbaa !12
  %26 = fdiv double %25, %23
  store double %26, ptr %24, align 8, !tbaa !12
  %27 = add nuw nsw i64 %14, 1
  %28 = icmp eq i64 %27, %3
  br i1 %28, label %9, label %13, !llvm.loop !17

29:                                               ; preds = %16, %29
  %30 = phi i64 [ 0, %16 ], [ %38, %29 ]
  %31 = phi double [ %19, %16 ], [ %37, %29 ]
  %32 = getelementptr inbounds nuw double, ptr %6, i64 %30
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw double, ptr %17, i64 %30
  %35 = load double, ptr %34, align 8, !tbaa !12
  %36 = fneg double %33
  %37 = tail call double @llvm.fmuladd.f64(double %36, double %35, double %31)
  store double %37, ptr %18, align 8, !tbaa !12
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, %14
  br i1 %39, label %20, label %29, !llvm.loop !18

40:                                               ; preds = %47, %2
  %41 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %3
  %42 = getelementptr inbounds nuw double, ptr %41, i64 %3
  %43 = load double, ptr %42, align 8, !tbaa !12
  %44 = tail call double @sqrt(double noundef %43) #8, !tbaa !5
  store double %44, ptr %42, align 8, !tbaa !12
  %45 = add nuw nsw i64 %3, 1
  %46 = icmp eq i64 %45, 240
  br i1 %46, label %8, label %2, !llvm.loop !19

47:                                               ; preds = %9, %47
  %48 = phi i64 [ 0, %9 ], [ %54, %47 ]
  %49 = phi double [ %12, %9 ], [ %53, %47 ]
  %50 = getelementptr inbounds nuw double, ptr %10, i64 %48
  %51 = load double, ptr %50, align 8, !tbaa !12
  %52 = fneg double %51
  %53 = tail call double @llvm.fmuladd.f64(double %52, double %51, double %49)
  store double %53, ptr %11, align 8, !tbaa !12
  %54 = add nuw nsw i64 %48, 1
  %55 = icmp eq i64 %54, %3
  br i1 %55, label %40, label %47, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
