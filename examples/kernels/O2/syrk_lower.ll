; ModuleID = 'syrk_lower.c'
source_filename = "syrk_lower.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @syrk_lower(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %24

6:                                                ; preds = %4
  %7 = icmp sgt i32 %1, 0
  %8 = zext i32 %1 to i64
  %9 = zext nneg i32 %0 to i64
  %10 = and i64 %8, 3
  %11 = icmp ult i32 %1, 4
  %12 = and i64 %8, 2147483644
  %13 = icmp eq i64 %10, 0
  %14 = icmp ne i64 %10, 0
  br label %15

15:                                               ; preds = %6, %25
  %16 = phi i64 [ 0, %6 ], [ %26, %25 ]
  %17 = phi i64 [ 1, %6 ], [ %27, %25 ]
  %18 = mul nuw nsw i64 %16, %9
  %19 = trunc i64 %16 to i32
  %20 = mul i32 %1, %19
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds nuw double, ptr %3, i64 %18
  %23 = getelementptr inbounds nuw double, ptr %2, i64 %21
  br label %29

24:                                               ; preds = %25, %4
  ret void

25:                                               ; preds = %52
  %26 = add nuw nsw i64 %16, 1
  %27 = add nuw nsw i64 %17, 1
  %28 = icmp eq i64 %26, %9
  br i1 %28, label %24, label %15, !llvm.loop !9

29:                                               ; preds = %15, %52
  %30 = phi i64 [ 0, %15 ], [ %54, %52 ]
  %31 = getelementptr inbounds nuw double, ptr %22, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !11
  br i1 %7, label %33, label %52

33:                                               ; preds = %29
  %34 = mul nuw nsw i64 %30, %8
  %35 = getelementptr inbounds nuw double, ptr %2, i64 %34
  br i1 %11, label %37, label %56

36:                                               ; preds = %56
  br i1 %13, label %52, label %37

37:                                               ; preds = %36, %33
  %38 = phi i64 [ 0, %33 ], [ %83, %36 ]
  %39 = phi double [ %32, %33 ], [ %82, %36 ]
  tail call void @llvm.assume(i1 %14)
  br label %40

40:                                               ; preds = %40, %37
  %41 = phi i64 [ %38, %37 ], [ %49, %40 ]
  %42 = phi double [ %39, %37 ], [ %48, %40 ]
  %43 = phi i64 [ 0, %37 ], [ %50, %40 ]
  %44 = getelementptr inbounds nuw double, ptr %23, i64 %41
  %45 = load double, ptr %44, align 8, !tbaa !11
  %46 = getelementptr inbounds nuw double, ptr %35, i64 %41
  %47 = load double, ptr %46, align 8, !tbaa !11
  %48 = tail call double @llvm.fmuladd.f64(double %45, double %47, double %42)
  %49 = add nuw nsw i64 %41, 1
  %50 = add i64 %43, 1
  %51 = icmp eq i64 %50, %10
  br i1 %51, label %52, label %40, !llvm.loop !13

52:                                               ; preds = %36, %40, %29
  %53 = phi double [ %32, %29 ], [ %82, %36 ], [ %48, %40 ]
  store double %53, ptr %31, align 8, !tbaa !11
  %54 = add nuw nsw i64 %30, 1
  %55 = icmp eq i64 %54, %17
  br i1 %55, label %25, label %29, !llvm.loop !15

56:                                               ; preds = %33, %56
  %57 = phi i64 [ %83, %56 ], [ 0, %33 ]
  %58 = phi double [ %82, %56 ], [ %32, %33 ]
  %59 = phi i64 [ %84, %56 ], [ 0, %33 ]
  %60 = getelementptr inbounds nuw double, ptr %23, i64 %57
  %61 = load double, ptr %60, align 8, !tbaa !11
  %62 = getelementptr inbounds nuw double, ptr %35, i64 %57
  %63 = load double, ptr %62, align 8, !tbaa !11
  %64 = tail call double @llvm.fmuladd.f64(double %61, double %63, double %58)
  %65 = or disjoint i64 %57, 1
  %66 = getelementptr inbounds nuw double, ptr %23, i64 %65
  %67 = load double, ptr %66, align 8, !tbaa !11
  %68 = getelementptr inbounds nuw double, ptr %35, i64 %65
  %69 = load double, ptr %68, align 8, !tbaa !11
  %70 = tail call double @llvm.fmuladd.f64(double %67, double %69, double %64)
  %71 = or disjoint i64 %57, 2
  %72 = getelementptr inbounds nuw double, ptr %23, i64 %71
  %73 = load double, ptr %72, align 8, !tbaa !11
  %74 = getelementptr inbounds nuw double, ptr %35, i64 %71
  %75 = load double, ptr %74, align 8, !tbaa !11
  %76 = tail call double @llvm.fmuladd.f64(double %73, double %75, double %70)
  %77 = or disjoint i64 %57, 3
  %78 = getelementptr inbounds nuw double, ptr %23, i64 %77
  %79 = load double, ptr %78, align 8, !tbaa !11
  %80 = getelementptr inbounds nuw double, ptr %35, i64 %77
  %81 = load double, ptr %80, align 8, !tbaa !11
  %82 = tail call double @llvm.fmuladd.f64(double %79, double %81, double %76)
  %83 = add nuw nsw i64 %57, 4
  %84 = add i64 %59, 4
  %85 = icmp eq i64 %84, %12
  br i1 %85, label %36, label %56, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
