; ModuleID = 'prefix_sums.c'
source_filename = "prefix_sums.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"P[N-1][M-1] %.12e P[10][20] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1600000) ptr @malloc(i64 noundef 1600000) #5
  %2 = tail call noalias dereferenceable_or_null(1600000) ptr @malloc(i64 noundef 1600000) #5
  br label %3

3:                                                ; preds = %0, %35
  %4 = phi i64 [ 0, %0 ], [ %36, %35 ]
  %5 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %4
  %6 = mul nuw nsw i64 %4, 3
  %7 = insertelement <2 x i64> poison, i64 %6, i64 0
  %8 = shufflevector <2 x i64> %7, <2 x i64> poison, <2 x i32> zeroinitializer
  %9 = add nuw nsw <2 x i64> splat (i64 2), %8
  br label %10

10:                                               ; preds = %10, %3
  %11 = phi i64 [ 0, %3 ], [ %26, %10 ]
  %12 = phi <2 x i64> [ <i64 0, i64 1>, %3 ], [ %27, %10 ]
  %13 = add nuw nsw <2 x i64> %12, %8
  %14 = trunc nuw nsw <2 x i64> %13 to <2 x i32>
  %15 = urem <2 x i32> %14, splat (i32 10)
  %16 = uitofp nneg <2 x i32> %15 to <2 x double>
  %17 = fdiv <2 x double> %16, splat (double 1.000000e+01)
  %18 = getelementptr inbounds nuw double, ptr %5, i64 %11
  store <2 x double> %17, ptr %18, align 8, !tbaa !9
  %19 = add nuw nsw <2 x i64> %12, %9
  %20 = trunc nuw nsw <2 x i64> %19 to <2 x i32>
  %21 = urem <2 x i32> %20, splat (i32 10)
  %22 = uitofp nneg <2 x i32> %21 to <2 x double>
  %23 = fdiv <2 x double> %22, splat (double 1.000000e+01)
  %24 = getelementptr inbounds nuw double, ptr %5, i64 %11
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 16
  store <2 x double> %23, ptr %25, align 8, !tbaa !9
  %26 = add nuw nsw i64 %11, 4
  %27 = add nuw nsw <2 x i64> %12, splat (i64 4)
  %28 = icmp eq i64 %26, 500
  br i1 %28, label %35, label %10, !llvm.loop !11

29:                                               ; preds = %35
  tail call fastcc void @kernel_row_prefix(ptr noundef nonnull %1, ptr noundef %2)
  tail call fastcc void @kernel_col_prefix(ptr noundef %2)
  %30 = getelementptr inbounds nuw i8, ptr %2, i64 1599992
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 40160
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %31, double noundef %33)
  tail call void @free(ptr noundef nonnull %1) #6
  tail call void @free(ptr noundef %2) #6
  ret i32 0

35:                                               ; preds = %10
  %36 = add nuw nsw i64 %4, 1
  %37 = icmp eq i64 %36, 400
  br i1 %37, label %29, label %3, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_row_prefix(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %4

3:                                                ; preds = %12
  ret void

4:                                                ; preds = %2, %12
  %5 = phi i64 [ 0, %2 ], [ %13, %12 ]
  %6 = mul nuw nsw i64 %5, 4000
  %7 = getelementptr nuw i8, ptr %1, i64 %6
  %8 = getelementptr inbounds nuw [500 x double], ptr %0, i64 %5
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %5
  store double %9, ptr %10, align 8, !tbaa !9
  %11 = load double, ptr %7, align 8
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %5, 1
  %14 = icmp eq i64 %13, 400
  br i1 %14, label %3, label %4, !llvm.loop !16

15:                                               ; preds = %34, %4
  %16 = phi double [ %11, %4 ], [ %38, %34 ]
  %17 = phi i64 [ 1, %4 ], [ %39, %34 ]
  %18 = getelementptr double, ptr %10, i64 %17
  %19 = getelementptr inbounds nuw double, ptr %8, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = fadd double %16, %20
  store double %21, ptr %18, align 8, !tbaa !9
  %22 = add nuw nsw i64 %17, 1
  %23 = getelementptr double, ptr %10, i64 %22
  %24 = getelementptr inbounds nuw double, ptr %8, i64 %22
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fadd double %21, %25
  store double %26, ptr %23, align 8, !tbaa !9
  %27 = add nuw nsw i64 %17, 2
  %28 = getelementptr double, ptr %10, i64 %27
  %29 = getelementptr inbounds nuw double, ptr %8, i64 %27
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = fadd double %26, %30
  store double %31, ptr %28, align 8, !tbaa !9
  %32 = add nuw nsw i64 %17, 3
  %33 = icmp eq i64 %32, 500
  br i1 %33, label %12, label %34, !llvm.loop !17

34:                                               ; preds = %15
  %35 = getelementptr double, ptr %10, i64 %32
  %36 = getelementptr inbounds nuw double, ptr %8, i64 %32
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %31, %37
  store double %38, ptr %35, align 8, !tbaa !9
  %39 = add nuw nsw i64 %17, 4
  br label %15
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_col_prefix(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %33
  %3 = phi i64 [ 1, %1 ], [ %34, %33 ]
  %4 = getelementptr [500 x double], ptr %0, i64 %3
  %5 = getelementptr i8, ptr %4, i64 -4000
  br label %6

6:                                                ; preds = %19, %2
  %7 = phi i64 [ 0, %2 ], [ %31, %19 ]
  %8 = getelementptr inbounds nuw double, ptr %5, i64 %7
  %9 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %10 = load <2 x double>, ptr %8, align 8, !tbaa !9
  %11 = load <2 x double>, ptr %9, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw double, ptr %4, i64 %7
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %14 = load <2 x double>, ptr %12, align 8, !tbaa !9
  %15 = load <2 x double>, ptr %13, align 8, !tbaa !9
  %16 = fadd <2 x double> %10, %14
  %17 = fadd <2 x double> %11, %15
  store <2 x double> %16, ptr %12, align 8, !tbaa !9
  store <2 x double> %17, ptr %13, align 8, !tbaa !9
  %18 = icmp eq i64 %7, 496
  br i1 %18, label %33, label %19, !llvm.loop !18

19:                                               ; preds = %6
  %20 = or disjoint i64 %7, 4
  %21 = getelementptr inbounds nuw double, ptr %5, i64 %20
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 16
  %23 = load <2 x double>, ptr %21, align 8, !tbaa !9
  %24 = load <2 x double>, ptr %22, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %4, i64 %20
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 16
  %27 = load <2 x double>, ptr %25, align 8, !tbaa !9
  %28 = load <2 x double>, ptr %26, align 8, !tbaa !9
  %29 = fadd <2 x double> %23, %27
  %30 = fadd <2 x double> %24, %28
  store <2 x double> %29, ptr %25, align 8, !tbaa !9
  store <2 x double> %30, ptr %26, align 8, !tbaa !9
  %31 = add nuw nsw i64 %7, 8
  br label %6

32:                                               ; preds = %33
  ret void

33:                                               ; preds = %6
  %34 = add nuw nsw i64 %3, 1
  %35 = icmp eq i64 %34, 400
  br i1 %35, label %32, label %2, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
!18 = distinct !{!18, !12, !13, !14}
!19 = distinct !{!19, !12}
