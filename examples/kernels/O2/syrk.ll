; ModuleID = 'syrk.c'
source_filename = "syrk.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @syrk(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %23

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

15:                                               ; preds = %31, %6
  %16 = phi i64 [ 0, %6 ], [ %32, %31 ]
  %17 = mul nuw nsw i64 %16, %9
  %18 = trunc i64 %16 to i32
  %19 = mul i32 %1, %18
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds nuw double, ptr %3, i64 %17
  %22 = getelementptr inbounds nuw double, ptr %2, i64 %20
  br label %24

23:                                               ; preds = %31, %4
  ret void

24:                                               ; preds = %15, %52
  %25 = phi i64 [ 0, %15 ], [ %53, %52 ]
  br i1 %7, label %26, label %52

26:                                               ; preds = %24
  %27 = mul nuw nsw i64 %25, %8
  %28 = getelementptr inbounds nuw double, ptr %21, i64 %25
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw double, ptr %2, i64 %27
  br i1 %11, label %35, label %55

31:                                               ; preds = %52
  %32 = add nuw nsw i64 %16, 1
  %33 = icmp eq i64 %32, %9
  br i1 %33, label %23, label %15, !llvm.loop !11

34:                                               ; preds = %55
  br i1 %13, label %50, label %35

35:                                               ; preds = %34, %26
  %36 = phi i64 [ 0, %26 ], [ %82, %34 ]
  %37 = phi double [ %29, %26 ], [ %81, %34 ]
  tail call void @llvm.assume(i1 %14)
  br label %38

38:                                               ; preds = %38, %35
  %39 = phi i64 [ %36, %35 ], [ %47, %38 ]
  %40 = phi double [ %37, %35 ], [ %46, %38 ]
  %41 = phi i64 [ 0, %35 ], [ %48, %38 ]
  %42 = getelementptr inbounds nuw double, ptr %22, i64 %39
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = getelementptr inbounds nuw double, ptr %30, i64 %39
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = tail call double @llvm.fmuladd.f64(double %43, double %45, double %40)
  %47 = add nuw nsw i64 %39, 1
  %48 = add i64 %41, 1
  %49 = icmp eq i64 %48, %10
  br i1 %49, label %50, label %38, !llvm.loop !13

50:                                               ; preds = %38, %34
  %51 = phi double [ %81, %34 ], [ %46, %38 ]
  store double %51, ptr %28, align 8, !tbaa !9
  br label %52

52:                                               ; preds = %50, %24
  %53 = add nuw nsw i64 %25, 1
  %54 = icmp eq i64 %53, %9
  br i1 %54, label %31, label %24, !llvm.loop !15

55:                                               ; preds = %26, %55
  %56 = phi i64 [ %82, %55 ], [ 0, %26 ]
  %57 = phi double [ %81, %55 ], [ %29, %26 ]
  %58 = phi i64 [ %83, %55 ], [ 0, %26 ]
  %59 = getelementptr inbounds nuw double, ptr %22, i64 %56
  %60 = load double, ptr %59, align 8, !tbaa !9
  %61 = getelementptr inbounds nuw double, ptr %30, i64 %56
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = tail call double @llvm.fmuladd.f64(double %60, double %62, double %57)
  %64 = or disjoint i64 %56, 1
  %65 = getelementptr inbounds nuw double, ptr %22, i64 %64
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = getelementptr inbounds nuw double, ptr %30, i64 %64
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = tail call double @llvm.fmuladd.f64(double %66, double %68, double %63)
  %70 = or disjoint i64 %56, 2
  %71 = getelementptr inbounds nuw double, ptr %22, i64 %70
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw double, ptr %30, i64 %70
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = tail call double @llvm.fmuladd.f64(double %72, double %74, double %69)
  %76 = or disjoint i64 %56, 3
  %77 = getelementptr inbounds nuw double, ptr %22, i64 %76
  %78 = load double, ptr %77, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw double, ptr %30, i64 %76
  %80 = load double, ptr %79, align 8, !tbaa !9
  %81 = tail call double @llvm.fmuladd.f64(double %78, double %80, double %75)
  %82 = add nuw nsw i64 %56, 4
  %83 = add i64 %58, 4
  %84 = icmp eq i64 %83, %12
  br i1 %84, label %34, label %55, !llvm.loop !16
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
