; ModuleID = 'syrk.c'
source_filename = "syrk.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e C[9][4] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(320000) ptr @malloc(i64 noundef 320000) #6
  %2 = tail call noalias dereferenceable_or_null(256000) ptr @malloc(i64 noundef 256000) #6
  br label %3

3:                                                ; preds = %0, %20
  %4 = phi i64 [ 0, %0 ], [ %21, %20 ]
  %5 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %4
  br label %9

6:                                                ; preds = %20
  tail call fastcc void @kernel_syrk(ptr noundef %1, ptr noundef %2)
  br label %34

7:                                                ; preds = %9
  %8 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %4
  br label %23

9:                                                ; preds = %3, %9
  %10 = phi i64 [ 0, %3 ], [ %18, %9 ]
  %11 = mul nuw nsw i64 %10, %4
  %12 = trunc i64 %11 to i32
  %13 = add i32 %12, 1
  %14 = urem i32 %13, 200
  %15 = uitofp nneg i32 %14 to double
  %16 = fdiv double %15, 2.000000e+02
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %10
  store double %16, ptr %17, align 8, !tbaa !9
  %18 = add nuw nsw i64 %10, 1
  %19 = icmp eq i64 %18, 160
  br i1 %19, label %7, label %9, !llvm.loop !11

20:                                               ; preds = %23
  %21 = add nuw nsw i64 %4, 1
  %22 = icmp eq i64 %21, 200
  br i1 %22, label %6, label %3, !llvm.loop !14

23:                                               ; preds = %7, %23
  %24 = phi i64 [ 0, %7 ], [ %32, %23 ]
  %25 = mul nuw nsw i64 %24, %4
  %26 = trunc i64 %25 to i32
  %27 = add i32 %26, 2
  %28 = urem i32 %27, 160
  %29 = uitofp nneg i32 %28 to double
  %30 = fdiv double %29, 1.600000e+02
  %31 = getelementptr inbounds nuw double, ptr %8, i64 %24
  store double %30, ptr %31, align 8, !tbaa !9
  %32 = add nuw nsw i64 %24, 1
  %33 = icmp eq i64 %32, 200
  br i1 %33, label %20, label %23, !llvm.loop !15

34:                                               ; preds = %6, %42
  %35 = phi i64 [ 0, %6 ], [ %43, %42 ]
  %36 = phi double [ 0.000000e+00, %6 ], [ %50, %42 ]
  %37 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %35
  br label %45

38:                                               ; preds = %42
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 14432
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %50, double noundef %40)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  ret i32 0

42:                                               ; preds = %45
  %43 = add nuw nsw i64 %35, 1
  %44 = icmp eq i64 %43, 200
  br i1 %44, label %38, label %34, !llvm.loop !16

45:                                               ; preds = %34, %45
  %46 = phi i64 [ 0, %34 ], [ %51, %45 ]
  %47 = phi double [ %36, %34 ], [ %50, %45 ]
  %48 = getelementptr inbounds nuw double, ptr %37, i64 %46
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %47, %49
  %51 = add nuw nsw i64 %46, 1
  %52 = icmp eq i64 %51, 200
  br i1 %52, label %42, label %45, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_syrk(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %22
  %4 = phi i64 [ 0, %2 ], [ %23, %22 ]
  %5 = phi i64 [ 1, %2 ], [ %24, %22 ]
  %6 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %4
  br label %11

7:                                                ; preds = %22
  ret void

8:                                                ; preds = %11
  %9 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %4
  %10 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %4
  br label %18

11:                                               ; preds = %3, %11
  %12 = phi i64 [ 0, %3 ], [ %16, %11 ]
  %13 = getelementptr inbounds nuw double, ptr %6, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !9
  %15 = fmul double %14, 1.200000e+00
  store double %15, ptr %13, align 8, !tbaa !9
  %16 = add nuw nsw i64 %12, 1
  %17 = icmp eq i64 %16, %5
  br i1 %17, label %8, label %11, !llvm.loop !18

18:                                               ; preds = %8, %26
  %19 = phi i64 [ 0, %8 ], [ %27, %26 ]
  %20 = getelementptr inbounds nuw double, ptr %9, i64 %19
  %21 = getelementptr inbounds nuw double, ptr %1, i64 %19
  br label %29

22:                                               ; preds = %26
  %23 = add nuw nsw i64 %4, 1
  %24 = add nuw nsw i64 %5, 1
  %25 = icmp eq i64 %23, 200
  br i1 %25, label %7, label %3, !llvm.loop !19

26:                                               ; preds = %29
  %27 = add nuw nsw i64 %19, 1
  %28 = icmp eq i64 %27, 160
  br i1 %28, label %22, label %18, !llvm.loop !20

29:                                               ; preds = %18, %29
  %30 = phi i64 [ 0, %18 ], [ %38, %29 ]
  %31 = load double, ptr %20, align 8, !tbaa !9
  %32 = fmul double %31, 1.500000e+00
  %33 = getelementptr inbounds nuw [160 x double], ptr %21, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw double, ptr %10, i64 %30
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = tail call double @llvm.fmuladd.f64(double %32, double %34, double %36)
  store double %37, ptr %35, align 8, !tbaa !9
  %38 = add nuw nsw i64 %30, 1
  %39 = icmp eq i64 %38, %5
  br i1 %39, label %26, label %29, !llvm.loop !21
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
