; ModuleID = 'col_sum.c'
source_filename = "col_sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @col_sum(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %35

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = icmp ult i32 %1, 8
  %11 = and i64 %8, 2147483640
  %12 = icmp eq i64 %11, %8
  br label %13

13:                                               ; preds = %6, %36
  %14 = phi i64 [ 0, %6 ], [ %37, %36 ]
  br i1 %7, label %15, label %36

15:                                               ; preds = %13
  %16 = mul nuw nsw i64 %14, %8
  %17 = getelementptr inbounds nuw float, ptr %2, i64 %16
  br i1 %10, label %33, label %18

18:                                               ; preds = %15, %18
  %19 = phi i64 [ %30, %18 ], [ 0, %15 ]
  %20 = getelementptr inbounds nuw float, ptr %17, i64 %19
  %21 = getelementptr inbounds nuw i8, ptr %20, i64 16
  %22 = load <4 x float>, ptr %20, align 4, !tbaa !9
  %23 = load <4 x float>, ptr %21, align 4, !tbaa !9
  %24 = getelementptr inbounds nuw float, ptr %3, i64 %19
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 16
  %26 = load <4 x float>, ptr %24, align 4, !tbaa !9
  %27 = load <4 x float>, ptr %25, align 4, !tbaa !9
  %28 = fadd <4 x float> %22, %26
  %29 = fadd <4 x float> %23, %27
  store <4 x float> %28, ptr %24, align 4, !tbaa !9
  store <4 x float> %29, ptr %25, align 4, !tbaa !9
  %30 = add nuw i64 %19, 8
  %31 = icmp eq i64 %30, %11
  br i1 %31, label %32, label %18, !llvm.loop !11

32:                                               ; preds = %18
  br i1 %12, label %36, label %33

33:                                               ; preds = %15, %32
  %34 = phi i64 [ 0, %15 ], [ %11, %32 ]
  br label %39

35:                                               ; preds = %36, %4
  ret void

36:                                               ; preds = %39, %32, %13
  %37 = add nuw nsw i64 %14, 1
  %38 = icmp eq i64 %37, %9
  br i1 %38, label %35, label %13, !llvm.loop !15

39:                                               ; preds = %33, %39
  %40 = phi i64 [ %46, %39 ], [ %34, %33 ]
  %41 = getelementptr inbounds nuw float, ptr %17, i64 %40
  %42 = load float, ptr %41, align 4, !tbaa !9
  %43 = getelementptr inbounds nuw float, ptr %3, i64 %40
  %44 = load float, ptr %43, align 4, !tbaa !9
  %45 = fadd float %42, %44
  store float %45, ptr %43, align 4, !tbaa !9
  %46 = add nuw nsw i64 %40, 1
  %47 = icmp eq i64 %46, %8
  br i1 %47, label %36, label %39, !llvm.loop !16
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12, !14, !13}
