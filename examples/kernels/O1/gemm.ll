; ModuleID = 'gemm.c'
source_filename = "gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm(i32 noundef %0, i32 noundef %1, i32 noundef %2, double noundef %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef readonly captures(none) %5, double noundef %6, ptr noalias noundef captures(none) %7) local_unnamed_addr #0 {
  %9 = icmp sgt i32 %0, 0
  br i1 %9, label %10, label %27

10:                                               ; preds = %8
  %11 = icmp sgt i32 %1, 0
  %12 = icmp sgt i32 %2, 0
  %13 = zext i32 %1 to i64
  %14 = zext i32 %1 to i64
  %15 = zext nneg i32 %0 to i64
  %16 = zext nneg i32 %1 to i64
  %17 = zext nneg i32 %2 to i64
  br label %18

18:                                               ; preds = %10, %28
  %19 = phi i64 [ 0, %10 ], [ %29, %28 ]
  br i1 %11, label %20, label %28

20:                                               ; preds = %18
  %21 = mul nuw nsw i64 %19, %14
  %22 = trunc i64 %19 to i32
  %23 = mul i32 %2, %22
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds double, ptr %7, i64 %21
  %26 = getelementptr inbounds double, ptr %4, i64 %24
  br label %31

27:                                               ; preds = %28, %8
  ret void

28:                                               ; preds = %38, %18
  %29 = add nuw nsw i64 %19, 1
  %30 = icmp eq i64 %29, %15
  br i1 %30, label %27, label %18, !llvm.loop !9

31:                                               ; preds = %20, %38
  %32 = phi i64 [ 0, %20 ], [ %40, %38 ]
  %33 = getelementptr inbounds double, ptr %25, i64 %32
  %34 = load double, ptr %33, align 8, !tbaa !12
  %35 = fmul double %6, %34
  br i1 %12, label %36, label %38

36:                                               ; preds = %31
  %37 = getelementptr inbounds double, ptr %5, i64 %32
  br label %42

38:                                               ; preds = %42, %31
  %39 = phi double [ %35, %31 ], [ %51, %42 ]
  store double %39, ptr %33, align 8, !tbaa !12
  %40 = add nuw nsw i64 %32, 1
  %41 = icmp eq i64 %40, %16
  br i1 %41, label %28, label %31, !llvm.loop !14

42:                                               ; preds = %36, %42
  %43 = phi i64 [ 0, %36 ], [ %52, %42 ]
  %44 = phi double [ %35, %36 ], [ %51, %42 ]
  %45 = getelementptr inbounds double, ptr %26, i64 %43
  %46 = load double, ptr %45, align 8, !tbaa !12
  %47 = fmul double %3, %46
  %48 = mul nuw nsw i64 %43, %13
  %49 = getelementptr inbounds double, ptr %37, i64 %48
  %50 = load double, ptr %49, align 8, !tbaa !12
  %51 = tail call double @llvm.fmuladd.f64(double %47, double %50, double %44)
  %52 = add nuw nsw i64 %43, 1
  %53 = icmp eq i64 %52, %17
  br i1 %53, label %38, label %42, !llvm.loop !15
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
