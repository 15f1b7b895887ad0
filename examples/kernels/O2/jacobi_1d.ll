; ModuleID = 'jacobi_1d.c'
source_filename = "jacobi_1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @jacobi_1d(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 2
  br i1 %4, label %5, label %48

5:                                                ; preds = %3
  %6 = add nsw i32 %0, -1
  %7 = zext nneg i32 %6 to i64
  %8 = getelementptr i8, ptr %1, i64 8
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = add nsw i64 %7, -1
  %11 = icmp ult i64 %10, 4
  br i1 %11, label %45, label %12

12:                                               ; preds = %5
  %13 = and i64 %10, -4
  %14 = or disjoint i64 %13, 1
  %15 = insertelement <2 x double> poison, double %9, i64 1
  br label %16

16:                                               ; preds = %16, %12
  %17 = phi i64 [ 0, %12 ], [ %40, %16 ]
  %18 = phi <2 x double> [ %15, %12 ], [ %29, %16 ]
  %19 = or disjoint i64 %17, 1
  %20 = getelementptr double, ptr %1, i64 %19
  %21 = getelementptr i8, ptr %20, i64 -8
  %22 = getelementptr i8, ptr %20, i64 8
  %23 = load <2 x double>, ptr %21, align 8, !tbaa !9
  %24 = load <2 x double>, ptr %22, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %1, i64 %17
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 16
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 32
  %28 = load <2 x double>, ptr %26, align 8, !tbaa !9
  %29 = load <2 x double>, ptr %27, align 8, !tbaa !9
  %30 = shufflevector <2 x double> %18, <2 x double> %28, <2 x i32> <i32 1, i32 2>
  %31 = shufflevector <2 x double> %28, <2 x double> %29, <2 x i32> <i32 1, i32 2>
  %32 = fadd <2 x double> %23, %30
  %33 = fadd <2 x double> %24, %31
  %34 = fadd <2 x double> %32, %28
  %35 = fadd <2 x double> %33, %29
  %36 = fmul <2 x double> %34, splat (double 3.333300e-01)
  %37 = fmul <2 x double> %35, splat (double 3.333300e-01)
  %38 = getelementptr inbounds nuw double, ptr %2, i64 %19
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 16
  store <2 x double> %36, ptr %38, align 8, !tbaa !9
  store <2 x double> %37, ptr %39, align 8, !tbaa !9
  %40 = add nuw i64 %17, 4
  %41 = icmp eq i64 %40, %13
  br i1 %41, label %42, label %16, !llvm.loop !11

42:                                               ; preds = %16
  %43 = extractelement <2 x double> %29, i64 1
  %44 = icmp eq i64 %10, %13
  br i1 %44, label %48, label %45

45:                                               ; preds = %5, %42
  %46 = phi double [ %9, %5 ], [ %43, %42 ]
  %47 = phi i64 [ 1, %5 ], [ %14, %42 ]
  br label %49

48:                                               ; preds = %49, %42, %3
  ret void

49:                                               ; preds = %45, %49
  %50 = phi double [ %58, %49 ], [ %46, %45 ]
  %51 = phi i64 [ %56, %49 ], [ %47, %45 ]
  %52 = getelementptr double, ptr %1, i64 %51
  %53 = getelementptr i8, ptr %52, i64 -8
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = fadd double %54, %50
  %56 = add nuw nsw i64 %51, 1
  %57 = getelementptr inbounds nuw double, ptr %1, i64 %56
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = fadd double %55, %58
  %60 = fmul double %59, 3.333300e-01
  %61 = getelementptr inbounds nuw double, ptr %2, i64 %51
  store double %60, ptr %61, align 8, !tbaa !9
  %62 = icmp eq i64 %56, %7
  br i1 %62, label %48, label %49, !llvm.loop !15
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
