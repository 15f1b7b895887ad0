; ModuleID = 'syrk_lower.c'
source_filename = "syrk_lower.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @syrk_lower(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %21

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = zext nneg i32 %0 to i64
  %11 = zext nneg i32 %1 to i64
  br label %12

12:                                               ; preds = %6, %22
  %13 = phi i64 [ 0, %6 ], [ %23, %22 ]
  %14 = phi i64 [ 1, %6 ], [ %24, %22 ]
  %15 = mul nuw nsw i64 %13, %9
  %16 = trunc i64 %13 to i32
  %17 = mul i32 %1, %16
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds double, ptr %3, i64 %15
  %20 = getelementptr inbounds double, ptr %2, i64 %18
  br label %26

21:                                               ; preds = %22, %4
  ret void

22:                                               ; preds = %33
  %23 = add nuw nsw i64 %13, 1
  %24 = add nuw nsw i64 %14, 1
  %25 = icmp eq i64 %23, %10
  br i1 %25, label %21, label %12, !llvm.loop !9

26:                                               ; preds = %12, %33
  %27 = phi i64 [ 0, %12 ], [ %35, %33 ]
  %28 = getelementptr inbounds double, ptr %19, i64 %27
  %29 = load double, ptr %28, align 8, !tbaa !12
  br i1 %7, label %30, label %33

30:                                               ; preds = %26
  %31 = mul nuw nsw i64 %27, %8
  %32 = getelementptr inbounds double, ptr %2, i64 %31
  br label %37

33:                                               ; preds = %37, %26
  %34 = phi double [ %29, %26 ], [ %44, %37 ]
  store double %34, ptr %28, align 8, !tbaa !12
  %35 = add nuw nsw i64 %27, 1
  %36 = icmp eq i64 %35, %14
  br i1 %36, label %22, label %26, !llvm.loop !14

37:                                               ; preds = %30, %37
  %38 = phi i64 [ 0, %30 ], [ %45, %37 ]
  %39 = phi double [ %29, %30 ], [ %44, %37 ]
  %40 = getelementptr inbounds double, ptr %20, i64 %38
  %41 = load double, ptr %40, align 8, !tbaa !12
  %42 = getelementptr inbounds double, ptr %32, i64 %38
  %43 = load double, ptr %42, align 8, !tbaa !12
  %44 = tail call double @llvm.fmuladd.f64(double %41, double %43, double %39)
  %45 = add nuw nsw i64 %38, 1
  %46 = icmp eq i64 %45, %11
  br i1 %46, label %33, label %37, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

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
