; ModuleID = 'prefix_recurrence.c'
source_filename = "prefix_recurrence.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @prefix_recurrence(i32 noundef %0, double noundef %1, ptr noundef captures(none) %2, ptr noundef readonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 1
  br i1 %5, label %6, label %32

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  %8 = load double, ptr %2, align 8
  %9 = add nsw i64 %7, -1
  %10 = and i64 %9, 3
  %11 = add nsw i32 %0, -2
  %12 = icmp ult i32 %11, 3
  br i1 %12, label %17, label %13

13:                                               ; preds = %6
  %14 = and i64 %9, -4
  br label %33

15:                                               ; preds = %33
  %16 = icmp eq i64 %10, 0
  br i1 %16, label %32, label %17

17:                                               ; preds = %15, %6
  %18 = phi double [ %8, %6 ], [ %55, %15 ]
  %19 = phi i64 [ 1, %6 ], [ %56, %15 ]
  %20 = icmp ne i64 %10, 0
  tail call void @llvm.assume(i1 %20)
  br label %21

21:                                               ; preds = %21, %17
  %22 = phi double [ %18, %17 ], [ %28, %21 ]
  %23 = phi i64 [ %19, %17 ], [ %29, %21 ]
  %24 = phi i64 [ 0, %17 ], [ %30, %21 ]
  %25 = getelementptr double, ptr %2, i64 %23
  %26 = getelementptr inbounds nuw double, ptr %3, i64 %23
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call double @llvm.fmuladd.f64(double %22, double %1, double %27)
  store double %28, ptr %25, align 8, !tbaa !9
  %29 = add nuw nsw i64 %23, 1
  %30 = add i64 %24, 1
  %31 = icmp eq i64 %30, %10
  br i1 %31, label %32, label %21, !llvm.loop !11

32:                                               ; preds = %15, %21, %4
  ret void

33:                                               ; preds = %33, %13
  %34 = phi double [ %8, %13 ], [ %55, %33 ]
  %35 = phi i64 [ 1, %13 ], [ %56, %33 ]
  %36 = phi i64 [ 0, %13 ], [ %57, %33 ]
  %37 = getelementptr double, ptr %2, i64 %35
  %38 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call double @llvm.fmuladd.f64(double %34, double %1, double %39)
  store double %40, ptr %37, align 8, !tbaa !9
  %41 = add nuw nsw i64 %35, 1
  %42 = getelementptr double, ptr %2, i64 %41
  %43 = getelementptr inbounds nuw double, ptr %3, i64 %41
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = tail call double @llvm.fmuladd.f64(double %40, double %1, double %44)
  store double %45, ptr %42, align 8, !tbaa !9
  %46 = add nuw nsw i64 %35, 2
  %47 = getelementptr double, ptr %2, i64 %46
  %48 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = tail call double @llvm.fmuladd.f64(double %45, double %1, double %49)
  store double %50, ptr %47, align 8, !tbaa !9
  %51 = add nuw nsw i64 %35, 3
  %52 = getelementptr double, ptr %2, i64 %51
  %53 = getelementptr inbounds nuw double, ptr %3, i64 %51
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = tail call double @llvm.fmuladd.f64(double %50, double %1, double %54)
  store double %55, ptr %52, align 8, !tbaa !9
  %56 = add nuw nsw i64 %35, 4
  %57 = add i64 %36, 4
  %58 = icmp eq i64 %57, %14
  br i1 %58, label %15, label %33, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
