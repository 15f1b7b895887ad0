; ModuleID = 'strided_gather.c'
source_filename = "strided_gather.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @strided_gather(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %41

5:                                                ; preds = %3
  %6 = zext nneg i32 %0 to i64
  %7 = icmp ult i32 %0, 5
  br i1 %7, label %8, label %10

8:                                                ; preds = %15, %5
  %9 = phi i64 [ 0, %5 ], [ %14, %15 ]
  br label %42

10:                                               ; preds = %5
  %11 = and i64 %6, 3
  %12 = icmp eq i64 %11, 0
  %13 = select i1 %12, i64 4, i64 %11
  %14 = sub nsw i64 %6, %13
  br label %15

15:                                               ; preds = %15, %10
  %16 = phi i64 [ 0, %10 ], [ %39, %15 ]
  %17 = mul nuw nsw i64 %16, 24
  %18 = mul nuw i64 %16, 24
  %19 = mul nuw i64 %16, 24
  %20 = mul nuw i64 %16, 24
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 %17
  %22 = getelementptr inbounds nuw i8, ptr %1, i64 %18
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 %19
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 %20
  %25 = getelementptr inbounds nuw i8, ptr %21, i64 8
  %26 = getelementptr inbounds nuw i8, ptr %22, i64 32
  %27 = getelementptr inbounds nuw i8, ptr %23, i64 56
  %28 = getelementptr inbounds nuw i8, ptr %24, i64 80
  %29 = load double, ptr %25, align 8, !tbaa !9
  %30 = load double, ptr %26, align 8, !tbaa !9
  %31 = insertelement <2 x double> poison, double %29, i64 0
  %32 = insertelement <2 x double> %31, double %30, i64 1
  %33 = load double, ptr %27, align 8, !tbaa !9
  %34 = load double, ptr %28, align 8, !tbaa !9
  %35 = insertelement <2 x double> poison, double %33, i64 0
  %36 = insertelement <2 x double> %35, double %34, i64 1
  %37 = getelementptr inbounds nuw double, ptr %2, i64 %16
  %38 = getelementptr inbounds nuw i8, ptr %37, i64 16
  store <2 x double> %32, ptr %37, align 8, !tbaa !9
  store <2 x double> %36, ptr %38, align 8, !tbaa !9
  %39 = add nuw i64 %16, 4
  %40 = icmp eq i64 %39, %14
  br i1 %40, label %8, label %15, !llvm.loop !11

41:                                               ; preds = %42, %3
  ret void

42:                                               ; preds = %8, %42
  %43 = phi i64 [ %49, %42 ], [ %9, %8 ]
  %44 = mul nuw nsw i64 %43, 24
  %45 = getelementptr inbounds nuw i8, ptr %1, i64 %44
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 8
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = getelementptr inbounds nuw double, ptr %2, i64 %43
  store double %47, ptr %48, align 8, !tbaa !9
  %49 = add nuw nsw i64 %43, 1
  %50 = icmp eq i64 %49, %6
  br i1 %50, label %41, label %42, !llvm.loop !15
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
!15 = distinct !{!15, !12, !14, !13}
