; ModuleID = 'mvt.c'
source_filename = "mvt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [19 x i8] c"x1 %.12e x2 %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1280000) ptr @malloc(i64 noundef 1280000) #6
  %2 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  %3 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  %4 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  %5 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #6
  br label %9

6:                                                ; preds = %35
  %7 = icmp eq i64 %15, 400
  br i1 %7, label %8, label %9, !llvm.loop !9

8:                                                ; preds = %6
  tail call fastcc void @kernel_mvt(ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %1)
  br label %47

9:                                                ; preds = %0, %6
  %10 = phi i64 [ 0, %0 ], [ %15, %6 ]
  %11 = trunc nuw nsw i64 %10 to i32
  %12 = uitofp nneg i32 %11 to double
  %13 = fdiv double %12, 4.000000e+02
  %14 = getelementptr inbounds nuw double, ptr %2, i64 %10
  store double %13, ptr %14, align 8, !tbaa !12
  %15 = add nuw nsw i64 %10, 1
  %16 = icmp eq i64 %15, 400
  %17 = trunc nuw nsw i64 %15 to i32
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %18, 4.000000e+02
  %20 = select i1 %16, double 0.000000e+00, double %19
  %21 = getelementptr inbounds nuw double, ptr %3, i64 %10
  store double %20, ptr %21, align 8, !tbaa !12
  %22 = trunc i64 %10 to i32
  %23 = add i32 %22, 3
  %24 = urem i32 %23, 400
  %25 = uitofp nneg i32 %24 to double
  %26 = fdiv double %25, 4.000000e+02
  %27 = getelementptr inbounds nuw double, ptr %4, i64 %10
  store double %26, ptr %27, align 8, !tbaa !12
  %28 = trunc i64 %10 to i32
  %29 = add i32 %28, 4
  %30 = urem i32 %29, 400
  %31 = uitofp nneg i32 %30 to double
  %32 = fdiv double %31, 4.000000e+02
  %33 = getelementptr inbounds nuw double, ptr %5, i64 %10
  store double %32, ptr %33, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw [400 x double], ptr %1, i64 %10
  br label %35

35:                                               ; preds = %9, %35
  %36 = phi i64 [ 0, %9 ], [ %43, %35 ]
  %37 = mul nuw nsw i64 %36, %10
  %38 = trunc nuw nsw i64 %37 to i32
  %39 = urem i32 %38, 400
  %40 = uitofp nneg i32 %39 to double
  %41 = fdiv double %40, 4.000000e+02
  %42 = getelementptr inbounds nuw double, ptr %34, i64 %36
  store double %41, ptr %42, align 8, !tbaa !12
  %43 = add nuw nsw i64 %36, 1
  %44 = icmp eq i64 %43, 400
  br i1 %44, label %6, label %35, !llvm.loop !14

45:                                               ; preds = %47
  %46 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %53, double noundef %56)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  tail call void @free(ptr noundef %4) #7
  tail call void @free(ptr noundef %5) #7
  ret i32 0

47:                                               ; preds = %8, %47
  %48 = phi i64 [ 0, %8 ], [ %57, %47 ]
  %49 = phi double [ 0.000000e+00, %8 ], [ %56, %47 ]
  %50 = phi double [ 0.000000e+00, %8 ], [ %53, %47 ]
  %51 = getelementptr inbounds nuw double, ptr %2, i64 %48
  %52 = load double, ptr %51, align 8, !tbaa !12
  %53 = fadd double %50, %52
  %54 = getelementptr inbounds nuw double, ptr %3, i64 %48
  %55 = load double, ptr %54, align 8, !tbaa !12
  %56 = fadd double %49, %55
  %57 = add nuw nsw i64 %48, 1
  %58 = icmp eq i64 %57, 400
  br i1 %58, label %45, label %47, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_mvt(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) unnamed_addr #2 {
  br label %6

6:                                                ; preds = %5, %11
  %7 = phi i64 [ 0, %5 ], [ %12, %11 ]
  %8 = getelementptr inbounds nuw double, ptr %0, i64 %7
  %9 = getelementptr inbounds nuw [400 x double], ptr %4, i64 %7
  %10 = load double, ptr %8, align 8, !tbaa !12
  br label %14

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, 400
  br i1 %13, label %24, label %6, !llvm.loop !16

14:                                               ; preds = %6, %14
  %15 = phi i64 [ 0, %6 ], [ %22, %14 ]
  %16 = phi double [ %10, %6 ], [ %21, %14 ]
  %17 = getelementptr inbounds nuw double, ptr %9, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %15
  %20 = load double, ptr %19, align 8, !tbaa !12
  %21 = tail call double @llvm.fmuladd.f64(double %18, double %20, double %16)
  store double %21, ptr %8, align 8, !tbaa !12
  %22 = add nuw nsw i64 %15, 1
  %23 = icmp eq i64 %22, 400
  br i1 %23, label %11, label %14, !llvm.loop !17

24:                                               ; preds = %11, %30
  %25 = phi i64 [ %31, %30 ], [ 0, %11 ]
  %26 = getelementptr inbounds nuw double, ptr %1, i64 %25
  %27 = getelementptr inbounds nuw double, ptr %4, i64 %25
  %28 = load double, ptr %26, align 8, !tbaa !12
  br label %33

29:                                               ; preds = %30
  ret void

30:                                               ; preds = %33
  %31 = add nuw nsw i64 %25, 1
  %32 = icmp eq i64 %31, 400
  br i1 %32, label %29, label %24, !llvm.loop !18

33:                                               ; preds = %24, %33
  %34 = phi i64 [ 0, %24 ], [ %41, %33 ]
  %35 = phi double [ %28, %24 ], [ %40, %33 ]
  %36 = getelementptr inbounds nuw [400 x double], ptr %27, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !12
  %38 = getelementptr inbounds nuw double, ptr %3, i64 %34
  %39 = load double, ptr %38, align 8, !tbaa !12
  %40 = tail call double @llvm.fmuladd.f64(double %37, double %39, double %35)
  store double %40, ptr %26, align 8, !tbaa !12
  %41 = add nuw nsw i64 %34, 1
  %42 = icmp eq i64 %41, 400
  br i1 %42, label %30, label %33, !llvm.loop !19
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
