; ModuleID = 'syrk.c'
source_filename = "syrk.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @syrk(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %21

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = zext nneg i32 %0 to i64
  %11 = zext nneg i32 %0 to i64
  %12 = zext nneg i32 %1 to i64
  br label %13

13:                                               ; preds = %6, %29
  %14 = phi i64 [ 0, %6 ], [ %30, %29 ]
  %15 = mul nuw nsw i64 %14, %9
  %16 = trunc i64 %14 to i32
  %17 = mul i32 %1, %16
  %18 = zext i32 %17 to i64
  %19 = getelementptr inbounds double, ptr %3, i64 %15
  %20 = getelementptr inbounds double, ptr %2, i64 %18
  br label %22

21:                                               ; preds = %29, %4
  ret void

22:                                               ; preds = %13, %33
  %23 = phi i64 [ 0, %13 ], [ %34, %33 ]
  br i1 %7, label %24, label %33

24:                                               ; preds = %22
  %25 = mul nuw nsw i64 %23, %8
  %26 = getelementptr inbounds double, ptr %19, i64 %23
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = getelementptr inbounds double, ptr %2, i64 %25
  br label %36

29:                                               ; preds = %33
  %30 = add nuw nsw i64 %14, 1
  %31 = icmp eq i64 %30, %10
  br i1 %31, label %21, label %13, !llvm.loop !11

32:                                               ; preds = %36
  store double %43, ptr %26, align 8, !tbaa !9
  br label %33

33:                                               ; preds = %32, %22
  %34 = add nuw nsw i64 %23, 1
  %35 = icmp eq i64 %34, %11
  br i1 %35, label %29, label %22, !llvm.loop !14

36:                                               ; preds = %24, %36
  %37 = phi i64 [ 0, %24 ], [ %44, %36 ]
  %38 = phi double [ %27, %24 ], [ %43, %36 ]
  %39 = getelementptr inbounds double, ptr %20, i64 %37
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = getelementptr inbounds double, ptr %28, i64 %37
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = tail call double @llvm.fmuladd.f64(double %40, double %42, double %38)
  %44 = add nuw nsw i64 %37, 1
  %45 = icmp eq i64 %44, %12
  br i1 %45, label %32, label %36, !llvm.loop !15
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
