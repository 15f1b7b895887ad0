; ModuleID = 'jacobi_2d.c'
source_filename = "jacobi_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @jacobi_2d(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 2
  br i1 %4, label %5, label %64

5:                                                ; preds = %3
  %6 = add nsw i32 %0, -1
  %7 = zext nneg i32 %0 to i64
  %8 = zext nneg i32 %6 to i64
  %9 = add nsw i64 %8, -1
  %10 = icmp ult i64 %9, 8
  %11 = and i64 %9, -8
  %12 = or disjoint i64 %11, 1
  %13 = icmp eq i64 %9, %11
  br label %14

14:                                               ; preds = %65, %5
  %15 = phi i64 [ 1, %5 ], [ %19, %65 ]
  %16 = mul nuw nsw i64 %15, %7
  %17 = add nsw i64 %15, -1
  %18 = mul nsw i64 %17, %7
  %19 = add nuw nsw i64 %15, 1
  %20 = mul nuw nsw i64 %19, %7
  %21 = getelementptr float, ptr %1, i64 %18
  %22 = getelementptr inbounds nuw float, ptr %1, i64 %20
  br i1 %10, label %62, label %23

23:                                               ; preds = %14, %23
  %24 = phi i64 [ %59, %23 ], [ 0, %14 ]
  %25 = or disjoint i64 %24, 1
  %26 = add nuw nsw i64 %25, %16
  %27 = getelementptr inbounds nuw float, ptr %1, i64 %26
  %28 = getelementptr inbounds nuw i8, ptr %27, i64 16
  %29 = load <4 x float>, ptr %27, align 4, !tbaa !9
  %30 = load <4 x float>, ptr %28, align 4, !tbaa !9
  %31 = getelementptr i8, ptr %27, i64 -4
  %32 = getelementptr i8, ptr %27, i64 12
  %33 = load <4 x float>, ptr %31, align 4, !tbaa !9
  %34 = load <4 x float>, ptr %32, align 4, !tbaa !9
  %35 = fadd <4 x float> %29, %33
  %36 = fadd <4 x float> %30, %34
  %37 = getelementptr i8, ptr %27, i64 4
  %38 = getelementptr i8, ptr %27, i64 20
  %39 = load <4 x float>, ptr %37, align 4, !tbaa !9
  %40 = load <4 x float>, ptr %38, align 4, !tbaa !9
  %41 = fadd <4 x float> %35, %39
  %42 = fadd <4 x float> %36, %40
  %43 = getelementptr float, ptr %21, i64 %25
  %44 = getelementptr i8, ptr %43, i64 16
  %45 = load <4 x float>, ptr %43, align 4, !tbaa !9
  %46 = load <4 x float>, ptr %44, align 4, !tbaa !9
  %47 = fadd <4 x float> %41, %45
  %48 = fadd <4 x float> %42, %46
  %49 = getelementptr inbounds nuw float, ptr %22, i64 %25
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 16
  %51 = load <4 x float>, ptr %49, align 4, !tbaa !9
  %52 = load <4 x float>, ptr %50, align 4, !tbaa !9
  %53 = fadd <4 x float> %47, %51
  %54 = fadd <4 x float> %48, %52
  %55 = fmul <4 x float> %53, splat (float 0x3FC99999A0000000)
  %56 = fmul <4 x float> %54, splat (float 0x3FC99999A0000000)
  %57 = getelementptr inbounds nuw float, ptr %2, i64 %26
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 16
  store <4 x float> %55, ptr %57, align 4, !tbaa !9
  store <4 x float> %56, ptr %58, align 4, !tbaa !9
  %59 = add nuw i64 %24, 8
  %60 = icmp eq i64 %59, %11
  br i1 %60, label %61, label %23, !llvm.loop !11

61:                                               ; preds = %23
  br i1 %13, label %65, label %62

62:                                               ; preds = %14, %61
  %63 = phi i64 [ 1, %14 ], [ %12, %61 ]
  br label %67

64:                                               ; preds = %65, %3
  ret void

65:                                               ; preds = %67, %61
  %66 = icmp eq i64 %19, %8
  br i1 %66, label %64, label %14, !llvm.loop !15

67:                                               ; preds = %62, %67
  %68 = phi i64 [ %86, %67 ], [ %63, %62 ]
  %69 = add nuw nsw i64 %68, %16
  %70 = getelementptr inbounds nuw float, ptr %1, i64 %69
  %71 = load float, ptr %70, align 4, !tbaa !9
  %72 = getelementptr i8, ptr %70, i64 -4
  %73 = load float, ptr %72, align 4, !tbaa !9
  %74 = fadd float %71, %73
  %75 = getelementptr i8, ptr %70, i64 4
  %76 = load float, ptr %75, align 4, !tbaa !9
  %77 = fadd float %74, %76
  %78 = getelementptr float, ptr %21, i64 %68
  %79 = load float, ptr %78, align 4, !tbaa !9
  %80 = fadd float %77, %79
  %81 = getelementptr inbounds nuw float, ptr %22, i64 %68
  %82 = load float, ptr %81, align 4, !tbaa !9
  %83 = fadd float %80, %82
  %84 = fmul float %83, 0x3FC99999A0000000
  %85 = getelementptr inbounds nuw float, ptr %2, i64 %69
  store float %84, ptr %85, align 4, !tbaa !9
  %86 = add nuw nsw i64 %68, 1
  %87 = icmp eq i64 %86, %8
  br i1 %87, label %65, label %67, !llvm.loop !16
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
