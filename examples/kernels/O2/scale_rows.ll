; ModuleID = 'scale_rows.c'
source_filename = "scale_rows.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @scale_rows(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %36

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = icmp ult i32 %1, 4
  %11 = and i64 %8, 2147483644
  %12 = icmp eq i64 %11, %8
  br label %13

13:                                               ; preds = %6, %37
  %14 = phi i64 [ 0, %6 ], [ %38, %37 ]
  br i1 %7, label %15, label %37

15:                                               ; preds = %13
  %16 = getelementptr inbounds nuw double, ptr %2, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = mul nuw nsw i64 %14, %8
  %19 = getelementptr inbounds nuw double, ptr %3, i64 %18
  br i1 %10, label %34, label %20

20:                                               ; preds = %15
  %21 = insertelement <2 x double> poison, double %17, i64 0
  %22 = shufflevector <2 x double> %21, <2 x double> poison, <2 x i32> zeroinitializer
  br label %23

23:                                               ; preds = %23, %20
  %24 = phi i64 [ 0, %20 ], [ %31, %23 ]
  %25 = getelementptr inbounds nuw double, ptr %19, i64 %24
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 16
  %27 = load <2 x double>, ptr %25, align 8, !tbaa !9
  %28 = load <2 x double>, ptr %26, align 8, !tbaa !9
  %29 = fmul <2 x double> %22, %27
  %30 = fmul <2 x double> %22, %28
  store <2 x double> %29, ptr %25, align 8, !tbaa !9
  store <2 x double> %30, ptr %26, align 8, !tbaa !9
  %31 = add nuw i64 %24, 4
  %32 = icmp eq i64 %31, %11
  br i1 %32, label %33, label %23, !llvm.loop !11

33:                                               ; preds = %23
  br i1 %12, label %37, label %34

34:                                               ; preds = %15, %33
  %35 = phi i64 [ 0, %15 ], [ %11, %33 ]
  br label %40

36:                                               ; preds = %37, %4
  ret void

37:                                               ; preds = %40, %33, %13
  %38 = add nuw nsw i64 %14, 1
  %39 = icmp eq i64 %38, %9
  br i1 %39, label %36, label %13, !llvm.loop !15

40:                                               ; preds = %34, %40
  %41 = phi i64 [ %45, %40 ], [ %35, %34 ]
  %42 = getelementptr inbounds nuw double, ptr %19, i64 %41
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fmul double %17, %43
  store double %44, ptr %42, align 8, !tbaa !9
  %45 = add nuw nsw i64 %41, 1
  %46 = icmp eq i64 %45, %8
  br i1 %46, label %37, label %40, !llvm.loop !16
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12, !14, !13}
