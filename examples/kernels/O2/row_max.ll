; ModuleID = 'row_max.c'
source_filename = "row_max.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @row_max(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %18

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 1
  %8 = sext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = zext i32 %1 to i64
  %11 = add nsw i64 %10, -1
  %12 = and i64 %11, 3
  %13 = add nsw i32 %1, -2
  %14 = icmp ult i32 %13, 3
  %15 = and i64 %11, -4
  %16 = icmp eq i64 %12, 0
  %17 = icmp ne i64 %12, 0
  br label %19

18:                                               ; preds = %42, %4
  ret void

19:                                               ; preds = %6, %42
  %20 = phi i64 [ 0, %6 ], [ %45, %42 ]
  %21 = mul nsw i64 %20, %8
  %22 = getelementptr inbounds float, ptr %2, i64 %21
  %23 = load float, ptr %22, align 4, !tbaa !9
  br i1 %7, label %24, label %42

24:                                               ; preds = %19
  %25 = and i64 %21, 4294967295
  %26 = getelementptr inbounds nuw float, ptr %2, i64 %25
  br i1 %14, label %28, label %47

27:                                               ; preds = %47
  br i1 %16, label %42, label %28

28:                                               ; preds = %27, %24
  %29 = phi i64 [ 1, %24 ], [ %70, %27 ]
  %30 = phi float [ %23, %24 ], [ %69, %27 ]
  tail call void @llvm.assume(i1 %17)
  br label %31

31:                                               ; preds = %31, %28
  %32 = phi i64 [ %29, %28 ], [ %39, %31 ]
  %33 = phi float [ %30, %28 ], [ %38, %31 ]
  %34 = phi i64 [ 0, %28 ], [ %40, %31 ]
  %35 = getelementptr inbounds nuw float, ptr %26, i64 %32
  %36 = load float, ptr %35, align 4, !tbaa !9
  %37 = fcmp ogt float %36, %33
  %38 = select i1 %37, float %36, float %33
  %39 = add nuw nsw i64 %32, 1
  %40 = add i64 %34, 1
  %41 = icmp eq i64 %40, %12
  br i1 %41, label %42, label %31, !llvm.loop !11

42:                                               ; preds = %27, %31, %19
  %43 = phi float [ %23, %19 ], [ %69, %27 ], [ %38, %31 ]
  %44 = getelementptr inbounds nuw float, ptr %3, i64 %20
  store float %43, ptr %44, align 4, !tbaa !9
  %45 = add nuw nsw i64 %20, 1
  %46 = icmp eq i64 %45, %9
  br i1 %46, label %18, label %19, !llvm.loop !13

47:                                               ; preds = %24, %47
  %48 = phi i64 [ %70, %47 ], [ 1, %24 ]
  %49 = phi float [ %69, %47 ], [ %23, %24 ]
  %50 = phi i64 [ %71, %47 ], [ 0, %24 ]
  %51 = getelementptr inbounds nuw float, ptr %26, i64 %48
  %52 = load float, ptr %51, align 4, !tbaa !9
  %53 = fcmp ogt float %52, %49
  %54 = select i1 %53, float %52, float %49
  %55 = getelementptr inbounds nuw float, ptr %26, i64 %48
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 4
  %57 = load float, ptr %56, align 4, !tbaa !9
  %58 = fcmp ogt float %57, %54
  %59 = select i1 %58, float %57, float %54
  %60 = getelementptr inbounds nuw float, ptr %26, i64 %48
  %61 = getelementptr inbounds nuw i8, ptr %60, i64 8
  %62 = load float, ptr %61, align 4, !tbaa !9
  %63 = fcmp ogt float %62, %59
  %64 = select i1 %63, float %62, float %59
  %65 = getelementptr inbounds nuw float, ptr %26, i64 %48
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 12
  %67 = load float, ptr %66, align 4, !tbaa !9
  %68 = fcmp ogt float %67, %64
  %69 = select i1 %68, float %67, float %64
  %70 = add nuw nsw i64 %48, 4
  %71 = add i64 %50, 4
  %72 = icmp eq i64 %71, %15
  br i1 %72, label %27, label %47, !llvm.loop !15
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
