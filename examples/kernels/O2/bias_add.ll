; ModuleID = 'bias_add.c'
source_filename = "bias_add.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @bias_add(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %38

7:                                                ; preds = %5
  %8 = icmp sgt i32 %1, 0
  %9 = zext i32 %1 to i64
  %10 = zext nneg i32 %0 to i64
  %11 = icmp ult i32 %1, 8
  %12 = and i64 %9, 2147483640
  %13 = icmp eq i64 %12, %9
  br label %14

14:                                               ; preds = %7, %39
  %15 = phi i64 [ 0, %7 ], [ %40, %39 ]
  br i1 %8, label %16, label %39

16:                                               ; preds = %14
  %17 = mul nuw nsw i64 %15, %9
  br i1 %11, label %36, label %18

18:                                               ; preds = %16, %18
  %19 = phi i64 [ %33, %18 ], [ 0, %16 ]
  %20 = add nuw nsw i64 %19, %17
  %21 = getelementptr inbounds nuw float, ptr %2, i64 %20
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 16
  %23 = load <4 x float>, ptr %21, align 4, !tbaa !9
  %24 = load <4 x float>, ptr %22, align 4, !tbaa !9
  %25 = getelementptr inbounds nuw float, ptr %3, i64 %19
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 16
  %27 = load <4 x float>, ptr %25, align 4, !tbaa !9
  %28 = load <4 x float>, ptr %26, align 4, !tbaa !9
  %29 = fadd <4 x float> %23, %27
  %30 = fadd <4 x float> %24, %28
  %31 = getelementptr inbounds nuw float, ptr %4, i64 %20
  %32 = getelementptr inbounds nuw i8, ptr %31, i64 16
  store <4 x float> %29, ptr %31, align 4, !tbaa !9
  store <4 x float> %30, ptr %32, align 4, !tbaa !9
  %33 = add nuw i64 %19, 8
  %34 = icmp eq i64 %33, %12
  br i1 %34, label %35, label %18, !llvm.loop !11

35:                                               ; preds = %18
  br i1 %13, label %39, label %36

36:                                               ; preds = %16, %35
  %37 = phi i64 [ 0, %16 ], [ %12, %35 ]
  br label %42

38:                                               ; preds = %39, %5
  ret void

39:                                               ; preds = %42, %35, %14
  %40 = add nuw nsw i64 %15, 1
  %41 = icmp eq i64 %40, %10
  br i1 %41, label %38, label %14, !llvm.loop !15

42:                                               ; preds = %36, %42
  %43 = phi i64 [ %51, %42 ], [ %37, %36 ]
  %44 = add nuw nsw i64 %43, %17
  %45 = getelementptr inbounds nuw float, ptr %2, i64 %44
  %46 = load float, ptr %45, align 4, !tbaa !9
  %47 = getelementptr inbounds nuw float, ptr %3, i64 %43
  %48 = load float, ptr %47, align 4, !tbaa !9
  %49 = fadd float %46, %48
  %50 = getelementptr inbounds nuw float, ptr %4, i64 %44
  store float %49, ptr %50, align 4, !tbaa !9
  %51 = add nuw nsw i64 %43, 1
  %52 = icmp eq i64 %51, %9
  br i1 %52, label %39, label %42, !llvm.loop !16
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
