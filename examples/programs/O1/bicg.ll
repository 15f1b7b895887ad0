; ModuleID = 'bicg.c'
source_filename = "bicg.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [17 x i8] c"s %.12e q %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1279200) ptr @malloc(i64 noundef 1279200) #7
  %2 = tail call noalias dereferenceable_or_null(3120) ptr @malloc(i64 noundef 3120) #7
  %3 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #7
  %4 = tail call noalias dereferenceable_or_null(3120) ptr @malloc(i64 noundef 3120) #7
  %5 = tail call noalias dereferenceable_or_null(3280) ptr @malloc(i64 noundef 3280) #7
  br label %6

6:                                                ; preds = %0, %6
  %7 = phi i64 [ 0, %0 ], [ %12, %6 ]
  %8 = trunc nuw nsw i64 %7 to i32
  %9 = uitofp nneg i32 %8 to double
  %10 = fdiv double %9, 3.900000e+02
  %11 = getelementptr inbounds nuw double, ptr %4, i64 %7
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, 390
  br i1 %13, label %15, label %6, !llvm.loop !11

14:                                               ; preds = %22
  tail call fastcc void @kernel_bicg(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5)
  br label %35

15:                                               ; preds = %6, %22
  %16 = phi i64 [ %23, %22 ], [ 0, %6 ]
  %17 = trunc nuw nsw i64 %16 to i32
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %18, 4.100000e+02
  %20 = getelementptr inbounds nuw double, ptr %5, i64 %16
  store double %19, ptr %20, align 8, !tbaa !9
  %21 = getelementptr inbounds nuw [390 x double], ptr %1, i64 %16
  br label %25

22:                                               ; preds = %25
  %23 = add nuw nsw i64 %16, 1
  %24 = icmp eq i64 %23, 410
  br i1 %24, label %14, label %15, !llvm.loop !14

25:                                               ; preds = %15, %25
  %26 = phi i64 [ 0, %15 ], [ %27, %25 ]
  %27 = add nuw nsw i64 %26, 1
  %28 = mul nuw nsw i64 %27, %16
  %29 = trunc nuw nsw i64 %28 to i32
  %30 = urem i32 %29, 410
  %31 = uitofp nneg i32 %30 to double
  %32 = fdiv double %31, 4.100000e+02
  %33 = getelementptr inbounds nuw double, ptr %21, i64 %26
  store double %32, ptr %33, align 8, !tbaa !9
  %34 = icmp eq i64 %27, 390
  br i1 %34, label %22, label %25, !llvm.loop !15

35:                                               ; preds = %14, %35
  %36 = phi i64 [ 0, %14 ], [ %41, %35 ]
  %37 = phi double [ 0.000000e+00, %14 ], [ %40, %35 ]
  %38 = getelementptr inbounds nuw double, ptr %2, i64 %36
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fadd double %37, %39
  %41 = add nuw nsw i64 %36, 1
  %42 = icmp eq i64 %41, 390
  br i1 %42, label %45, label %35, !llvm.loop !16

43:                                               ; preds = %45
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %40, double noundef %50)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  tail call void @free(ptr noundef %5) #8
  ret i32 0

45:                                               ; preds = %35, %45
  %46 = phi i64 [ %51, %45 ], [ 0, %35 ]
  %47 = phi double [ %50, %45 ], [ 0.000000e+00, %35 ]
  %48 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %47, %49
  %51 = add nuw nsw i64 %46, 1
  %52 = icmp eq i64 %51, 410
  br i1 %52, label %43, label %45, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_bicg(ptr noundef readonly captures(none) %0, ptr noundef captures(none) initializes((0, 3120)) %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4) unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(3120) %1, i8 0, i64 3120, i1 false), !tbaa !9
  br label %7

6:                                                ; preds = %12
  ret void

7:                                                ; preds = %5, %12
  %8 = phi i64 [ 0, %5 ], [ %13, %12 ]
  %9 = getelementptr inbounds nuw double, ptr %2, i64 %8
  store double 0.000000e+00, ptr %9, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw double, ptr %4, i64 %8
  %11 = getelementptr inbounds nuw [390 x double], ptr %0, i64 %8
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %8, 1
  %14 = icmp eq i64 %13, 410
  br i1 %14, label %6, label %7, !llvm.loop !18

15:                                               ; preds = %7, %15
  %16 = phi i64 [ 0, %7 ], [ %28, %15 ]
  %17 = getelementptr inbounds nuw double, ptr %1, i64 %16
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = load double, ptr %10, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw double, ptr %11, i64 %16
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = tail call double @llvm.fmuladd.f64(double %19, double %21, double %18)
  store double %22, ptr %17, align 8, !tbaa !9
  %23 = load double, ptr %9, align 8, !tbaa !9
  %24 = load double, ptr %20, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %3, i64 %16
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = tail call double @llvm.fmuladd.f64(double %24, double %26, double %23)
  store double %27, ptr %9, align 8, !tbaa !9
  %28 = add nuw nsw i64 %16, 1
  %29 = icmp eq i64 %28, 390
  br i1 %29, label %12, label %15, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
