; ModuleID = 'row_sum.c'
source_filename = "row_sum.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @row_sum(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %20

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = and i64 %8, 7
  %11 = icmp ult i32 %1, 8
  %12 = and i64 %8, 2147483640
  %13 = icmp eq i64 %10, 0
  %14 = icmp ne i64 %10, 0
  br label %15

15:                                               ; preds = %6, %35
  %16 = phi i64 [ 0, %6 ], [ %38, %35 ]
  br i1 %7, label %17, label %35

17:                                               ; preds = %15
  %18 = mul nuw nsw i64 %16, %8
  %19 = getelementptr inbounds nuw float, ptr %2, i64 %18
  br i1 %11, label %22, label %40

20:                                               ; preds = %35, %4
  ret void

21:                                               ; preds = %40
  br i1 %13, label %35, label %22

22:                                               ; preds = %21, %17
  %23 = phi i64 [ 0, %17 ], [ %75, %21 ]
  %24 = phi float [ 0.000000e+00, %17 ], [ %74, %21 ]
  tail call void @llvm.assume(i1 %14)
  br label %25

25:                                               ; preds = %25, %22
  %26 = phi i64 [ %23, %22 ], [ %32, %25 ]
  %27 = phi float [ %24, %22 ], [ %31, %25 ]
  %28 = phi i64 [ 0, %22 ], [ %33, %25 ]
  %29 = getelementptr inbounds nuw float, ptr %19, i64 %26
  %30 = load float, ptr %29, align 4, !tbaa !9
  %31 = fadd float %27, %30
  %32 = add nuw nsw i64 %26, 1
  %33 = add i64 %28, 1
  %34 = icmp eq i64 %33, %10
  br i1 %34, label %35, label %25, !llvm.loop !11

35:                                               ; preds = %21, %25, %15
  %36 = phi float [ 0.000000e+00, %15 ], [ %74, %21 ], [ %31, %25 ]
  %37 = getelementptr inbounds nuw float, ptr %3, i64 %16
  store float %36, ptr %37, align 4, !tbaa !9
  %38 = add nuw nsw i64 %16, 1
  %39 = icmp eq i64 %38, %9
  br i1 %39, label %20, label %15, !llvm.loop !13

40:                                               ; preds = %17, %40
  %41 = phi i64 [ %75, %40 ], [ 0, %17 ]
  %42 = phi float [ %74, %40 ], [ 0.000000e+00, %17 ]
  %43 = phi i64 [ %76, %40 ], [ 0, %17 ]
  %44 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %45 = load float, ptr %44, align 4, !tbaa !9
  %46 = fadd float %42, %45
  %47 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 4
  %49 = load float, ptr %48, align 4, !tbaa !9
  %50 = fadd float %46, %49
  %51 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 8
  %53 = load float, ptr %52, align 4, !tbaa !9
  %54 = fadd float %50, %53
  %55 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 12
  %57 = load float, ptr %56, align 4, !tbaa !9
  %58 = fadd float %54, %57
  %59 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 16
  %61 = load float, ptr %60, align 4, !tbaa !9
  %62 = fadd float %58, %61
  %63 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 20
  %65 = load float, ptr %64, align 4, !tbaa !9
  %66 = fadd float %62, %65
  %67 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 24
  %69 = load float, ptr %68, align 4, !tbaa !9
  %70 = fadd float %66, %69
  %71 = getelementptr inbounds nuw float, ptr %19, i64 %41
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 28
  %73 = load float, ptr %72, align 4, !tbaa !9
  %74 = fadd float %70, %73
  %75 = add nuw nsw i64 %41, 8
  %76 = add i64 %43, 8
  %77 = icmp eq i64 %76, %12
  br i1 %77, label %21, label %40, !llvm.loop !15
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #1

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
