; ModuleID = 'seidel_2d.c'
source_filename = "seidel_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[9][9] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(320000) ptr @malloc(i64 noundef 320000) #6
  br label %2

2:                                                ; preds = %0, %8
  %3 = phi i64 [ 0, %0 ], [ %9, %8 ]
  %4 = trunc nuw nsw i64 %3 to i32
  %5 = uitofp nneg i32 %4 to double
  %6 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %3
  br label %11

7:                                                ; preds = %8
  tail call fastcc void @kernel_seidel_2d(ptr noundef %1)
  br label %21

8:                                                ; preds = %11
  %9 = add nuw nsw i64 %3, 1
  %10 = icmp eq i64 %9, 200
  br i1 %10, label %7, label %2, !llvm.loop !9

11:                                               ; preds = %2, %11
  %12 = phi i64 [ 0, %2 ], [ %19, %11 ]
  %13 = trunc i64 %12 to i32
  %14 = add i32 %13, 2
  %15 = uitofp nneg i32 %14 to double
  %16 = tail call double @llvm.fmuladd.f64(double %5, double %15, double 2.000000e+00)
  %17 = fdiv double %16, 2.000000e+02
  %18 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store double %17, ptr %18, align 8, !tbaa !12
  %19 = add nuw nsw i64 %12, 1
  %20 = icmp eq i64 %19, 200
  br i1 %20, label %8, label %11, !llvm.loop !14

21:                                               ; preds = %7, %29
  %22 = phi i64 [ 0, %7 ], [ %30, %29 ]
  %23 = phi double [ 0.000000e+00, %7 ], [ %37, %29 ]
  %24 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %22
  br label %32

25:                                               ; preds = %29
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 14472
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %37, double noundef %27)
  tail call void @free(ptr noundef %1) #7
  ret i32 0

29:                                               ; preds = %32
  %30 = add nuw nsw i64 %22, 1
  %31 = icmp eq i64 %30, 200
  br i1 %31, label %25, label %21, !llvm.loop !15

32:                                               ; preds = %21, %32
  %33 = phi i64 [ 0, %21 ], [ %38, %32 ]
  %34 = phi double [ %23, %21 ], [ %37, %32 ]
  %35 = getelementptr inbounds nuw double, ptr %24, i64 %33
  %36 = load double, ptr %35, align 8, !tbaa !12
  %37 = fadd double %34, %36
  %38 = add nuw nsw i64 %33, 1
  %39 = icmp eq i64 %38, 200
  br i1 %39, label %29, label %32, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_seidel_2d(ptr noundef captures(none) %0) unnamed_addr #3 {
  br label %2

2:                                                ; preds = %1, %15
  %3 = phi i32 [ 0, %1 ], [ %16, %15 ]
  br label %5

4:                                                ; preds = %15
  ret void

5:                                                ; preds = %2, %18
  %6 = phi i64 [ 0, %2 ], [ %21, %18 ]
  %7 = phi i64 [ 1, %2 ], [ %19, %18 ]
  %8 = mul nuw nsw i64 %6, 1600
  %9 = getelementptr i8, ptr %0, i64 %8
  %10 = getelementptr i8, ptr %9, i64 1600
  %11 = getelementptr [200 x double], ptr %0, i64 %7
  %12 = getelementptr i8, ptr %11, i64 -1600
  %13 = getelementptr inbounds nuw i8, ptr %11, i64 1600
  %14 = load double, ptr %10, align 8
  br label %22

15:                                               ; preds = %18
  %16 = add nuw nsw i32 %3, 1
  %17 = icmp eq i32 %16, 10
  br i1 %17, label %4, label %2, !llvm.loop !17

18:                                               ; preds = %22
  %19 = add nuw nsw i64 %7, 1
  %20 = icmp eq i64 %19, 199
  %21 = add i64 %6, 1
  br i1 %20, label %15, label %5, !llvm.loop !18

22:                                               ; preds = %5, %22
  %23 = phi double [ %14, %5 ], [ %51, %22 ]
  %24 = phi i64 [ 1, %5 ], [ %31, %22 ]
  %25 = add nsw i64 %24, -1
  %26 = getelementptr inbounds double, ptr %12, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = getelementptr inbounds nuw double, ptr %12, i64 %24
  %29 = load double, ptr %28, align 8, !tbaa !12
  %30 = fadd double %27, %29
  %31 = add nuw nsw i64 %24, 1
  %32 = getelementptr inbounds nuw double, ptr %12, i64 %31
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = fadd double %30, %33
  %35 = fadd double %34, %23
  %36 = getelementptr inbounds nuw double, ptr %11, i64 %24
  %37 = load double, ptr %36, align 8, !tbaa !12
  %38 = fadd double %35, %37
  %39 = getelementptr inbounds nuw double, ptr %11, i64 %31
  %40 = load double, ptr %39, align 8, !tbaa !12
  %41 = fadd double %38, %40
  %42 = getelementptr inbounds double, ptr %13, i64 %25
  %43 = load double, ptr %42, align 8, !tbaa !12
  %44 = fadd double %41, %43
  %45 = getelementptr inbounds nuw double, ptr %13, i64 %24
  %46 = load double, ptr %45, align 8, !tbaa !12
  %47 = fadd double %44, %46
  %48 = getelementptr inbounds nuw double, ptr %13, i64 %31
  %49 = load double, ptr %48, align 8, !tbaa !12
  %50 = fadd double %47, %49
  %51 = fdiv double %50, 9.000000e+00
  store double %51, ptr %36, align 8, !tbaa !12
  %52 = icmp eq i64 %31, 199
  br i1 %52, label %18, label %22, !llvm.loop !19
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
