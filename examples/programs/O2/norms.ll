; ModuleID = 'norms.c'
source_filename = "norms.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"asum %.12e nrm2 %.12e dot %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(800000) ptr @malloc(i64 noundef 800000) #8
  %2 = tail call noalias dereferenceable_or_null(800000) ptr @malloc(i64 noundef 800000) #8
  br label %3

3:                                                ; preds = %3, %0
  %4 = phi i64 [ 0, %0 ], [ %18, %3 ]
  %5 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %19, %3 ]
  %6 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %20, %3 ]
  %7 = mul <2 x i32> %5, splat (i32 31)
  %8 = urem <2 x i32> %7, splat (i32 97)
  %9 = add nsw <2 x i32> %8, splat (i32 -48)
  %10 = sitofp <2 x i32> %9 to <2 x double>
  %11 = fdiv <2 x double> %10, splat (double 9.700000e+01)
  %12 = getelementptr inbounds nuw double, ptr %1, i64 %4
  store <2 x double> %11, ptr %12, align 8, !tbaa !9
  %13 = mul <2 x i32> %6, splat (i32 17)
  %14 = urem <2 x i32> %13, splat (i32 89)
  %15 = uitofp nneg <2 x i32> %14 to <2 x double>
  %16 = fdiv <2 x double> %15, splat (double 8.900000e+01)
  %17 = getelementptr inbounds nuw double, ptr %2, i64 %4
  store <2 x double> %16, ptr %17, align 8, !tbaa !9
  %18 = add nuw i64 %4, 2
  %19 = add <2 x i32> %5, splat (i32 2)
  %20 = add <2 x i32> %6, splat (i32 2)
  %21 = icmp eq i64 %18, 100000
  br i1 %21, label %22, label %3, !llvm.loop !11

22:                                               ; preds = %3
  %23 = tail call fastcc double @kernel_asum(ptr noundef nonnull %1)
  %24 = tail call fastcc double @kernel_nrm2(ptr noundef nonnull %1)
  %25 = tail call fastcc double @kernel_dot(ptr noundef nonnull %1, ptr noundef nonnull %2)
  %26 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %23, double noundef %24, double noundef %25)
  tail call void @free(ptr noundef nonnull %1) #9
  tail call void @free(ptr noundef nonnull %2) #9
  ret i32 0
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc double @kernel_asum(ptr noundef readonly captures(none) %0) unnamed_addr #3 {
  br label %3

2:                                                ; preds = %3
  ret double %29

3:                                                ; preds = %3, %1
  %4 = phi i64 [ 0, %1 ], [ %30, %3 ]
  %5 = phi double [ 0.000000e+00, %1 ], [ %29, %3 ]
  %6 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %7 = load double, ptr %6, align 8, !tbaa !9
  %8 = tail call double @llvm.fabs.f64(double %7)
  %9 = fadd double %5, %8
  %10 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %11 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = tail call double @llvm.fabs.f64(double %12)
  %14 = fadd double %9, %13
  %15 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %16 = getelementptr inbounds nuw i8, ptr %15, i64 16
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = tail call double @llvm.fabs.f64(double %17)
  %19 = fadd double %14, %18
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 24
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = tail call double @llvm.fabs.f64(double %22)
  %24 = fadd double %19, %23
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 32
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call double @llvm.fabs.f64(double %27)
  %29 = fadd double %24, %28
  %30 = add nuw nsw i64 %4, 5
  %31 = icmp eq i64 %30, 100000
  br i1 %31, label %2, label %3, !llvm.loop !15
}

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define internal fastcc double @kernel_nrm2(ptr noundef readonly captures(none) %0) unnamed_addr #4 {
  br label %4

2:                                                ; preds = %4
  %3 = tail call double @sqrt(double noundef %25) #9, !tbaa !5
  ret double %3

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %26, %4 ]
  %6 = phi double [ 0.000000e+00, %1 ], [ %25, %4 ]
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = tail call double @llvm.fmuladd.f64(double %8, double %8, double %6)
  %10 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %11 = getelementptr inbounds nuw i8, ptr %10, i64 8
  %12 = load double, ptr %11, align 8, !tbaa !9
  %13 = tail call double @llvm.fmuladd.f64(double %12, double %12, double %9)
  %14 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 16
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = tail call double @llvm.fmuladd.f64(double %16, double %16, double %13)
  %18 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 24
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = tail call double @llvm.fmuladd.f64(double %20, double %20, double %17)
  %22 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %23 = getelementptr inbounds nuw i8, ptr %22, i64 32
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = tail call double @llvm.fmuladd.f64(double %24, double %24, double %21)
  %26 = add nuw nsw i64 %5, 5
  %27 = icmp eq i64 %26, 100000
  br i1 %27, label %2, label %4, !llvm.loop !16
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc double @kernel_dot(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #3 {
  br label %4

3:                                                ; preds = %4
  ret double %35

4:                                                ; preds = %4, %2
  %5 = phi i64 [ 0, %2 ], [ %36, %4 ]
  %6 = phi double [ 0.000000e+00, %2 ], [ %35, %4 ]
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %5
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = tail call double @llvm.fmuladd.f64(double %8, double %10, double %6)
  %12 = add nuw nsw i64 %5, 1
  %13 = getelementptr inbounds nuw double, ptr %0, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw double, ptr %1, i64 %12
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = tail call double @llvm.fmuladd.f64(double %14, double %16, double %11)
  %18 = add nuw nsw i64 %5, 2
  %19 = getelementptr inbounds nuw double, ptr %0, i64 %18
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw double, ptr %1, i64 %18
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = tail call double @llvm.fmuladd.f64(double %20, double %22, double %17)
  %24 = add nuw nsw i64 %5, 3
  %25 = getelementptr inbounds nuw double, ptr %0, i64 %24
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %1, i64 %24
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %23)
  %30 = add nuw nsw i64 %5, 4
  %31 = getelementptr inbounds nuw double, ptr %0, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = getelementptr inbounds nuw double, ptr %1, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = tail call double @llvm.fmuladd.f64(double %32, double %34, double %29)
  %36 = add nuw nsw i64 %5, 5
  %37 = icmp eq i64 %36, 100000
  br i1 %37, label %3, label %4, !llvm.loop !17
}

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree noinline norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

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
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
