; ModuleID = 'transpose.c'
source_filename = "transpose.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @transpose(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %50

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext nneg i32 %0 to i64
  %9 = zext i32 %1 to i64
  %10 = icmp ugt i32 %1, 7
  %11 = icmp eq i32 %0, 1
  %12 = and i1 %10, %11
  %13 = and i64 %9, 2147483640
  %14 = icmp eq i64 %13, %9
  %15 = and i64 %9, 3
  %16 = icmp eq i64 %15, 0
  br label %17

17:                                               ; preds = %6, %51
  %18 = phi i64 [ 0, %6 ], [ %52, %51 ]
  br i1 %7, label %19, label %51

19:                                               ; preds = %17
  %20 = mul nuw nsw i64 %18, %9
  %21 = getelementptr inbounds nuw float, ptr %2, i64 %20
  %22 = getelementptr inbounds nuw float, ptr %3, i64 %18
  br i1 %12, label %23, label %34

23:                                               ; preds = %19, %23
  %24 = phi i64 [ %31, %23 ], [ 0, %19 ]
  %25 = getelementptr inbounds nuw float, ptr %21, i64 %24
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 16
  %27 = load <4 x float>, ptr %25, align 4, !tbaa !9
  %28 = load <4 x float>, ptr %26, align 4, !tbaa !9
  %29 = getelementptr inbounds nuw float, ptr %22, i64 %24
  %30 = getelementptr inbounds nuw i8, ptr %29, i64 16
  store <4 x float> %27, ptr %29, align 4, !tbaa !9
  store <4 x float> %28, ptr %30, align 4, !tbaa !9
  %31 = add nuw i64 %24, 8
  %32 = icmp eq i64 %31, %13
  br i1 %32, label %33, label %23, !llvm.loop !11

33:                                               ; preds = %23
  br i1 %14, label %51, label %34

34:                                               ; preds = %19, %33
  %35 = phi i64 [ 0, %19 ], [ %13, %33 ]
  br i1 %16, label %46, label %36

36:                                               ; preds = %34, %36
  %37 = phi i64 [ %43, %36 ], [ %35, %34 ]
  %38 = phi i64 [ %44, %36 ], [ 0, %34 ]
  %39 = getelementptr inbounds nuw float, ptr %21, i64 %37
  %40 = load float, ptr %39, align 4, !tbaa !9
  %41 = mul nuw nsw i64 %37, %8
  %42 = getelementptr inbounds nuw float, ptr %22, i64 %41
  store float %40, ptr %42, align 4, !tbaa !9
  %43 = add nuw nsw i64 %37, 1
  %44 = add i64 %38, 1
  %45 = icmp eq i64 %44, %15
  br i1 %45, label %46, label %36, !llvm.loop !15

46:                                               ; preds = %36, %34
  %47 = phi i64 [ %35, %34 ], [ %43, %36 ]
  %48 = sub nsw i64 %35, %9
  %49 = icmp ugt i64 %48, -4
  br i1 %49, label %51, label %54

50:                                               ; preds = %51, %4
  ret void

51:                                               ; preds = %46, %54, %33, %17
  %52 = add nuw nsw i64 %18, 1
  %53 = icmp eq i64 %52, %8
  br i1 %53, label %50, label %17, !llvm.loop !17

54:                                               ; preds = %46, %54
  %55 = phi i64 [ %75, %54 ], [ %47, %46 ]
  %56 = getelementptr inbounds nuw float, ptr %21, i64 %55
  %57 = load float, ptr %56, align 4, !tbaa !9
  %58 = mul nuw nsw i64 %55, %8
  %59 = getelementptr inbounds nuw float, ptr %22, i64 %58
  store float %57, ptr %59, align 4, !tbaa !9
  %60 = add nuw nsw i64 %55, 1
  %61 = getelementptr inbounds nuw float, ptr %21, i64 %60
  %62 = load float, ptr %61, align 4, !tbaa !9
  %63 = mul nuw nsw i64 %60, %8
  %64 = getelementptr inbounds nuw float, ptr %22, i64 %63
  store float %62, ptr %64, align 4, !tbaa !9
  %65 = add nuw nsw i64 %55, 2
  %66 = getelementptr inbounds nuw float, ptr %21, i64 %65
  %67 = load float, ptr %66, align 4, !tbaa !9
  %68 = mul nuw nsw i64 %65, %8
  %69 = getelementptr inbounds nuw float, ptr %22, i64 %68
  store float %67, ptr %69, align 4, !tbaa !9
  %70 = add nuw nsw i64 %55, 3
  %71 = getelementptr inbounds nuw float, ptr %21, i64 %70
  %72 = load float, ptr %71, align 4, !tbaa !9
  %73 = mul nuw nsw i64 %70, %8
  %74 = getelementptr inbounds nuw float, ptr %22, i64 %73
  store float %72, ptr %74, align 4, !tbaa !9
  %75 = add nuw nsw i64 %55, 4
  %76 = icmp eq i64 %75, %9
  br i1 %76, label %51, label %54, !llvm.loop !18
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
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12, !13}
