; ModuleID = 'syr2k.c'
source_filename = "syr2k.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [26 x i8] c"sum %.12e C[17][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(259200) ptr @malloc(i64 noundef 259200) #6
  %2 = tail call noalias dereferenceable_or_null(216000) ptr @malloc(i64 noundef 216000) #6
  %3 = tail call noalias dereferenceable_or_null(216000) ptr @malloc(i64 noundef 216000) #6
  br label %4

4:                                                ; preds = %0, %28
  %5 = phi i64 [ 0, %0 ], [ %29, %28 ]
  %6 = getelementptr inbounds nuw [150 x double], ptr %2, i64 %5
  %7 = getelementptr inbounds nuw [150 x double], ptr %3, i64 %5
  br label %11

8:                                                ; preds = %28
  tail call fastcc void @kernel_syr2k(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %42

9:                                                ; preds = %11
  %10 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %5
  br label %31

11:                                               ; preds = %4, %11
  %12 = phi i64 [ 0, %4 ], [ %26, %11 ]
  %13 = mul nuw nsw i64 %12, %5
  %14 = trunc i64 %13 to i32
  %15 = add i32 %14, 1
  %16 = urem i32 %15, 180
  %17 = uitofp nneg i32 %16 to double
  %18 = fdiv double %17, 1.800000e+02
  %19 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = trunc i64 %13 to i32
  %21 = add i32 %20, 2
  %22 = urem i32 %21, 150
  %23 = uitofp nneg i32 %22 to double
  %24 = fdiv double %23, 1.500000e+02
  %25 = getelementptr inbounds nuw double, ptr %7, i64 %12
  store double %24, ptr %25, align 8, !tbaa !9
  %26 = add nuw nsw i64 %12, 1
  %27 = icmp eq i64 %26, 150
  br i1 %27, label %9, label %11, !llvm.loop !11

28:                                               ; preds = %31
  %29 = add nuw nsw i64 %5, 1
  %30 = icmp eq i64 %29, 180
  br i1 %30, label %8, label %4, !llvm.loop !14

31:                                               ; preds = %9, %31
  %32 = phi i64 [ 0, %9 ], [ %40, %31 ]
  %33 = mul nuw nsw i64 %32, %5
  %34 = trunc i64 %33 to i32
  %35 = add i32 %34, 3
  %36 = urem i32 %35, 180
  %37 = uitofp nneg i32 %36 to double
  %38 = fdiv double %37, 1.500000e+02
  %39 = getelementptr inbounds nuw double, ptr %10, i64 %32
  store double %38, ptr %39, align 8, !tbaa !9
  %40 = add nuw nsw i64 %32, 1
  %41 = icmp eq i64 %40, 180
  br i1 %41, label %28, label %31, !llvm.loop !15

42:                                               ; preds = %8, %50
  %43 = phi i64 [ 0, %8 ], [ %51, %50 ]
  %44 = phi double [ 0.000000e+00, %8 ], [ %58, %50 ]
  %45 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %43
  br label %53

46:                                               ; preds = %50
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 24504
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %58, double noundef %48)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

50:                                               ; preds = %53
  %51 = add nuw nsw i64 %43, 1
  %52 = icmp eq i64 %51, 180
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
define internal fastcc void @kernel_syr2k(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %26
  %5 = phi i64 [ 0, %3 ], [ %27, %26 ]
  %6 = phi i64 [ 1, %3 ], [ %28, %26 ]
  %7 = getelementptr inbounds nuw [180 x double], ptr %0, i64 %5
  br label %13

8:                                                ; preds = %26
  ret void

9:                                                ; preds = %13
  %10 = getelementptr inbounds nuw [150 x double], ptr %2, i64 %5
  %11 = getelementptr inbounds nuw [150 x double], ptr %1, i64 %5
  %12 = getelementptr inbounds nuw [180 x double], ptr %0, i64 %5
  br label %20

13:                                               ; preds = %4, %13
  %14 = phi i64 [ 0, %4 ], [ %18, %13 ]
  %15 = getelementptr inbounds nuw double, ptr %7, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = fmul double %16, 1.200000e+00
  store double %17, ptr %15, align 8, !tbaa !9
  %18 = add nuw nsw i64 %14, 1
  %19 = icmp eq i64 %18, %6
  br i1 %19, label %9, label %13, !llvm.loop !18

20:                                               ; preds = %9, %30
  %21 = phi i64 [ 0, %9 ], [ %31, %30 ]
  %22 = getelementptr inbounds nuw double, ptr %1, i64 %21
  %23 = getelementptr inbounds nuw double, ptr %10, i64 %21
  %24 = getelementptr inbounds nuw double, ptr %2, i64 %21
  %25 = getelementptr inbounds nuw double, ptr %11, i64 %21
  br label %33

26:                                               ; preds = %30
  %27 = add nuw nsw i64 %5, 1
  %28 = add nuw nsw i64 %6, 1
  %29 = icmp eq i64 %27, 180
  br i1 %29, label %8, label %4, !llvm.loop !19

30:                                               ; preds = %33
  %31 = add nuw nsw i64 %21, 1
  %32 = icmp eq i64 %31, 150
  br i1 %32, label %26, label %20, !llvm.loop !20

33:                                               ; preds = %20, %33
  %34 = phi i64 [ 0, %20 ], [ %48, %33 ]
  %35 = getelementptr inbounds nuw [150 x double], ptr %22, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = fmul double %36, 1.500000e+00
  %38 = load double, ptr %23, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw [150 x double], ptr %24, i64 %34
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = fmul double %40, 1.500000e+00
  %42 = load double, ptr %25, align 8, !tbaa !9
  %43 = fmul double %41, %42
  %44 = tail call double @llvm.fmuladd.f64(double %37, double %38, double %43)
  %45 = getelementptr inbounds nuw double, ptr %12, i64 %34
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = fadd double %46, %44
  store double %47, ptr %45, align 8, !tbaa !9
  %48 = add nuw nsw i64 %34, 1
  %49 = icmp eq i64 %48, %6
  br i1 %49, label %30, label %33, !llvm.loop !21
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
