; ModuleID = 'gemm.c'
source_filename = "gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [34 x i8] c"sum %.12e first %.12e last %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca double, align 8
  %2 = alloca double, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  %3 = tail call noalias dereferenceable_or_null(124800) ptr @malloc(i64 noundef 124800) #10
  %4 = tail call noalias dereferenceable_or_null(134400) ptr @malloc(i64 noundef 134400) #10
  %5 = tail call noalias dereferenceable_or_null(145600) ptr @malloc(i64 noundef 145600) #10
  call fastcc void @init(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  %6 = load double, ptr %1, align 8, !tbaa !9
  %7 = load double, ptr %2, align 8, !tbaa !9
  tail call fastcc void @kernel_gemm(double noundef %6, double noundef %7, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  tail call fastcc void @print_array(ptr noundef %3)
  tail call void @free(ptr noundef %3) #9
  tail call void @free(ptr noundef %4) #9
  tail call void @free(ptr noundef %5) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable
define internal fastcc void @init(ptr noundef nonnull writeonly captures(none) initializes((0, 8)) %0, ptr noundef nonnull writeonly captures(none) initializes((0, 8)) %1, ptr noundef writeonly captures(none) %2, ptr noundef writeonly captures(none) %3, ptr noundef writeonly captures(none) %4) unnamed_addr #3 {
  store double 1.500000e+00, ptr %0, align 8, !tbaa !9
  store double 1.200000e+00, ptr %1, align 8, !tbaa !9
  br label %6

6:                                                ; preds = %5, %9
  %7 = phi i64 [ 0, %5 ], [ %10, %9 ]
  %8 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %7
  br label %12

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %7, 1
  %11 = icmp eq i64 %10, 120
  br i1 %11, label %23, label %6, !llvm.loop !11

12:                                               ; preds = %6, %12
  %13 = phi i64 [ 0, %6 ], [ %21, %12 ]
  %14 = mul nuw nsw i64 %13, %7
  %15 = trunc i64 %14 to i32
  %16 = add i32 %15, 1
  %17 = urem i32 %16, 120
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %18, 1.200000e+02
  %20 = getelementptr inbounds nuw double, ptr %8, i64 %13
  store double %19, ptr %20, align 8, !tbaa !9
  %21 = add nuw nsw i64 %13, 1
  %22 = icmp eq i64 %21, 130
  br i1 %22, label %9, label %12, !llvm.loop !14

23:                                               ; preds = %9, %26
  %24 = phi i64 [ %27, %26 ], [ 0, %9 ]
  %25 = getelementptr inbounds nuw [140 x double], ptr %3, i64 %24
  br label %29

26:                                               ; preds = %29
  %27 = add nuw nsw i64 %24, 1
  %28 = icmp eq i64 %27, 120
  br i1 %28, label %39, label %23, !llvm.loop !15

29:                                               ; preds = %23, %29
  %30 = phi i64 [ 0, %23 ], [ %31, %29 ]
  %31 = add nuw nsw i64 %30, 1
  %32 = mul nuw nsw i64 %31, %24
  %33 = trunc nuw nsw i64 %32 to i32
  %34 = urem i32 %33, 140
  %35 = uitofp nneg i32 %34 to double
  %36 = fdiv double %35, 1.400000e+02
  %37 = getelementptr inbounds nuw double, ptr %25, i64 %30
  store double %36, ptr %37, align 8, !tbaa !9
  %38 = icmp eq i64 %31, 140
  br i1 %38, label %26, label %29, !llvm.loop !16

39:                                               ; preds = %26, %43
  %40 = phi i64 [ %44, %43 ], [ 0, %26 ]
  %41 = getelementptr inbounds nuw [130 x double], ptr %4, i64 %40
  br label %46

42:                                               ; preds = %43
  ret void

43:                                               ; preds = %46
  %44 = add nuw nsw i64 %40, 1
  %45 = icmp eq i64 %44, 140
  br i1 %45, label %42, label %39, !llvm.loop !17

46:                                               ; preds = %39, %46
  %47 = phi i64 [ 0, %39 ], [ %55, %46 ]
  %48 = add nuw nsw i64 %47, 2
  %49 = mul nuw nsw i64 %48, %40
  %50 = trunc nuw nsw i64 %49 to i32
  %51 = urem i32 %50, 130
  %52 = uitofp nneg i32 %51 to double
  %53 = fdiv double %52, 1.300000e+02
  %54 = getelementptr inbounds nuw double, ptr %41, i64 %47
  store double %53, ptr %54, align 8, !tbaa !9
  %55 = add nuw nsw i64 %47, 1
  %56 = icmp eq i64 %55, 130
  br i1 %56, label %43, label %46, !llvm.loop !18
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_gemm(double noundef %0, double noundef %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) unnamed_addr #4 {
  br label %6

6:                                                ; preds = %5, %24
  %7 = phi i64 [ 0, %5 ], [ %25, %24 ]
  %8 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %7
  br label %13

9:                                                ; preds = %24
  ret void

10:                                               ; preds = %13
  %11 = getelementptr inbounds nuw [140 x double], ptr %3, i64 %7
  %12 = getelementptr inbounds nuw [130 x double], ptr %2, i64 %7
  br label %20

13:                                               ; preds = %6, %13
  %14 = phi i64 [ 0, %6 ], [ %18, %13 ]
  %15 = getelementptr inbounds nuw double, ptr %8, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = fmul double %1, %16
  store double %17, ptr %15, align 8, !tbaa !9
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp eq i64 %18, 130
  br i1 %19, label %10, label %13, !llvm.loop !19

20:                                               ; preds = %10, %27
  %21 = phi i64 [ 0, %10 ], [ %28, %27 ]
  %22 = getelementptr inbounds nuw double, ptr %11, i64 %21
  %23 = getelementptr inbounds nuw [130 x double], ptr %4, i64 %21
  br label %30

24:                                               ; preds = %27
  %25 = add nuw nsw i64 %7, 1
  %26 = icmp eq i64 %25, 120
  br i1 %26, label %9, label %6, !llvm.loop !20

27:                                               ; preds = %30
  %28 = add nuw nsw i64 %21, 1
  %29 = icmp eq i64 %28, 140
  br i1 %29, label %24, label %20, !llvm.loop !21

30:                                               ; preds = %20, %30
  %31 = phi i64 [ 0, %20 ], [ %39, %30 ]
  %32 = load double, ptr %22, align 8, !tbaa !9
  %33 = fmul double %0, %32
  %34 = getelementptr inbounds nuw double, ptr %23, i64 %31
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw double, ptr %12, i64 %31
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = tail call double @llvm.fmuladd.f64(double %33, double %35, double %37)
  store double %38, ptr %36, align 8, !tbaa !9
  %39 = add nuw nsw i64 %31, 1
  %40 = icmp eq i64 %39, 130
  br i1 %40, label %27, label %30, !llvm.loop !22
}

; Function Attrs: nofree noinline nounwind uwtable
define internal fastcc void @print_array(ptr noundef readonly captures(none) %0) unnamed_addr #5 {
  br label %2

2:                                                ; preds = %1, %11
  %3 = phi i64 [ 0, %1 ], [ %12, %11 ]
  %4 = phi double [ 0.000000e+00, %1 ], [ %19, %11 ]
  %5 = getelementptr inbounds nuw [130 x double], ptr %0, i64 %3
  br label %14

6:                                                ; preds = %11
  %7 = load double, ptr %0, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 124792
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %19, double noundef %7, double noundef %9)
  ret void

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %3, 1
  %13 = icmp eq i64 %12, 120
  br i1 %13, label %6, label %2, !llvm.loop !23

14:                                               ; preds = %2, %14
  %15 = phi i64 [ 0, %2 ], [ %20, %14 ]
  %16 = phi double [ %4, %2 ], [ %19, %14 ]
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = fadd double %16, %18
  %20 = add nuw nsw i64 %15, 1
  %21 = icmp eq i64 %20, 130
  br i1 %21, label %11, label %14, !llvm.loop !24
}

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #7

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #8

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { nounwind }
attributes #10 = { nounwind allocsize(0) }

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
