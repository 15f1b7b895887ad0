; ModuleID = 'jacobi_2d.c'
source_filename = "jacobi_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @jacobi_2d(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = add i32 %0, -1
  %5 = icmp sgt i32 %0, 2
  br i1 %5, label %6, label %21

6:                                                ; preds = %3
  %7 = zext nneg i32 %0 to i64
  %8 = zext nneg i32 %0 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = zext i32 %4 to i64
  %11 = zext i32 %4 to i64
  br label %12

12:                                               ; preds = %6, %22
  %13 = phi i64 [ 1, %6 ], [ %23, %22 ]
  %14 = mul nuw nsw i64 %13, %8
  %15 = add nsw i64 %13, -1
  %16 = mul nsw i64 %15, %7
  %17 = add nuw nsw i64 %13, 1
  %18 = mul nuw nsw i64 %17, %9
  %19 = getelementptr float, ptr %1, i64 %16
  %20 = getelementptr inbounds float, ptr %1, i64 %18
  br label %25

21:                                               ; preds = %22, %3
  ret void

22:                                               ; preds = %25
  %23 = add nuw nsw i64 %13, 1
  %24 = icmp eq i64 %23, %10
  br i1 %24, label %21, label %12, !llvm.loop !9

25:                                               ; preds = %12, %25
  %26 = phi i64 [ 1, %12 ], [ %44, %25 ]
  %27 = add nuw nsw i64 %26, %14
  %28 = getelementptr inbounds nuw float, ptr %1, i64 %27
  %29 = load float, ptr %28, align 4, !tbaa !12
  %30 = getelementptr i8, ptr %28, i64 -4
  %31 = load float, ptr %30, align 4, !tbaa !12
  %32 = fadd float %29, %31
  %33 = getelementptr i8, ptr %28, i64 4
  %34 = load float, ptr %33, align 4, !tbaa !12
  %35 = fadd float %32, %34
  %36 = getelementptr float, ptr %19, i64 %26
  %37 = load float, ptr %36, align 4, !tbaa !12
  %38 = fadd float %35, %37
  %39 = getelementptr inbounds float, ptr %20, i64 %26
  %40 = load float, ptr %39, align 4, !tbaa !12
  %41 = fadd float %38, %40
  %42 = fmul float %41, 0x3FC99999A0000000
  %43 = getelementptr inbounds nuw float, ptr %2, i64 %27
  store float %42, ptr %43, align 4, !tbaa !12
  %44 = add nuw nsw i64 %26, 1
  %45 = icmp eq i64 %44, %11
  br i1 %45, label %22, label %25, !llvm.loop !14
}

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!13 = !{!"float", !7, i64 0}
!14 = distinct !{!14, !10, !11}
