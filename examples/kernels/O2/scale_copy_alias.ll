; ModuleID = 'scale_copy_alias.c'
source_filename = "scale_copy_alias.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @scale_copy_alias(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %47

5:                                                ; preds = %3
  %6 = ptrtoint ptr %2 to i64
  %7 = ptrtoint ptr %1 to i64
  %8 = zext nneg i32 %0 to i64
  %9 = icmp ult i32 %0, 8
  %10 = sub i64 %6, %7
  %11 = icmp ult i64 %10, 32
  %12 = or i1 %9, %11
  br i1 %12, label %29, label %13

13:                                               ; preds = %5
  %14 = and i64 %8, 2147483640
  br label %15

15:                                               ; preds = %15, %13
  %16 = phi i64 [ 0, %13 ], [ %25, %15 ]
  %17 = getelementptr inbounds nuw float, ptr %1, i64 %16
  %18 = getelementptr inbounds nuw i8, ptr %17, i64 16
  %19 = load <4 x float>, ptr %17, align 4, !tbaa !9
  %20 = load <4 x float>, ptr %18, align 4, !tbaa !9
  %21 = fmul <4 x float> %19, splat (float 2.000000e+00)
  %22 = fmul <4 x float> %20, splat (float 2.000000e+00)
  %23 = getelementptr inbounds nuw float, ptr %2, i64 %16
  %24 = getelementptr inbounds nuw i8, ptr %23, i64 16
  store <4 x float> %21, ptr %23, align 4, !tbaa !9
  store <4 x float> %22, ptr %24, align 4, !tbaa !9
  %25 = add nuw i64 %16, 8
  %26 = icmp eq i64 %25, %14
  br i1 %26, label %27, label %15, !llvm.loop !11

27:                                               ; preds = %15
  %28 = icmp eq i64 %14, %8
  br i1 %28, label %47, label %29

29:                                               ; preds = %5, %27
  %30 = phi i64 [ 0, %5 ], [ %14, %27 ]
  %31 = and i64 %8, 3
  %32 = icmp eq i64 %31, 0
  br i1 %32, label %43, label %33

33:                                               ; preds = %29, %33
  %34 = phi i64 [ %40, %33 ], [ %30, %29 ]
  %35 = phi i64 [ %41, %33 ], [ 0, %29 ]
  %36 = getelementptr inbounds nuw float, ptr %1, i64 %34
  %37 = load float, ptr %36, align 4, !tbaa !9
  %38 = fmul float %37, 2.000000e+00
  %39 = getelementptr inbounds nuw float, ptr %2, i64 %34
  store float %38, ptr %39, align 4, !tbaa !9
  %40 = add nuw nsw i64 %34, 1
  %41 = add i64 %35, 1
  %42 = icmp eq i64 %41, %31
  br i1 %42, label %43, label %33, !llvm.loop !15

43:                                               ; preds = %33, %29
  %44 = phi i64 [ %30, %29 ], [ %40, %33 ]
  %45 = sub nsw i64 %30, %8
  %46 = icmp ugt i64 %45, -4
  br i1 %46, label %47, label %48

47:                                               ; preds = %43, %48, %27, %3
  ret void

48:                                               ; preds = %43, %48
  %49 = phi i64 [ %69, %48 ], [ %44, %43 ]
  %50 = getelementptr inbounds nuw float, ptr %1, i64 %49
  %51 = load float, ptr %50, align 4, !tbaa !9
  %52 = fmul float %51, 2.000000e+00
  %53 = getelementptr inbounds nuw float, ptr %2, i64 %49
  store float %52, ptr %53, align 4, !tbaa !9
  %54 = add nuw nsw i64 %49, 1
  %55 = getelementptr inbounds nuw float, ptr %1, i64 %54
  %56 = load float, ptr %55, align 4, !tbaa !9
  %57 = fmul float %56, 2.000000e+00
  %58 = getelementptr inbounds nuw float, ptr %2, i64 %54
  store float %57, ptr %58, align 4, !tbaa !9
  %59 = add nuw nsw i64 %49, 2
  %60 = getelementptr inbounds nuw float, ptr %1, i64 %59
  %61 = load float, ptr %60, align 4, !tbaa !9
  %62 = fmul float %61, 2.000000e+00
  %63 = getelementptr inbounds nuw float, ptr %2, i64 %59
  store float %62, ptr %63, align 4, !tbaa !9
  %64 = add nuw nsw i64 %49, 3
  %65 = getelementptr inbounds nuw float, ptr %1, i64 %64
  %66 = load float, ptr %65, align 4, !tbaa !9
  %67 = fmul float %66, 2.000000e+00
  %68 = getelementptr inbounds nuw float, ptr %2, i64 %64
  store float %67, ptr %68, align 4, !tbaa !9
  %69 = add nuw nsw i64 %49, 4
  %70 = icmp eq i64 %69, %8
  br i1 %70, label %47, label %48, !llvm.loop !17
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
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.unroll.disable"}
!17 = distinct !{!17, !12, !13}
