; ModuleID = 'gemv.c'
source_filename = "gemv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemv(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef writeonly captures(none) %5) local_unnamed_addr #0 {
  %7 = icmp sgt i32 %0, 0
  br i1 %7, label %8, label %23

8:                                                ; preds = %6
  %9 = icmp sgt i32 %1, 0
  %10 = sext i32 %2 to i64
  %11 = zext nneg i32 %0 to i64
  %12 = zext i32 %1 to i64
  %13 = and i64 %12, 3
  %14 = icmp ult i32 %1, 4
  %15 = and i64 %12, 2147483644
  %16 = icmp eq i64 %13, 0
  %17 = icmp ne i64 %13, 0
  br label %18

18:                                               ; preds = %8, %40
  %19 = phi i64 [ 0, %8 ], [ %43, %40 ]
  br i1 %9, label %20, label %40

20:                                               ; preds = %18
  %21 = mul nsw i64 %19, %10
  %22 = getelementptr double, ptr %3, i64 %21
  br i1 %14, label %25, label %45

23:                                               ; preds = %40, %6
  ret void

24:                                               ; preds = %45
  br i1 %16, label %40, label %25

25:                                               ; preds = %24, %20
  %26 = phi i64 [ 0, %20 ], [ %72, %24 ]
  %27 = phi double [ 0.000000e+00, %20 ], [ %71, %24 ]
  tail call void @llvm.assume(i1 %17)
  br label %28

28:                                               ; preds = %28, %25
  %29 = phi i64 [ %26, %25 ], [ %37, %28 ]
  %30 = phi double [ %27, %25 ], [ %36, %28 ]
  %31 = phi i64 [ 0, %25 ], [ %38, %28 ]
  %32 = getelementptr double, ptr %22, i64 %29
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw double, ptr %4, i64 %29
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = tail call double @llvm.fmuladd.f64(double %33, double %35, double %30)
  %37 = add nuw nsw i64 %29, 1
  %38 = add i64 %31, 1
  %39 = icmp eq i64 %38, %13
  br i1 %39, label %40, label %28, !llvm.loop !11

40:                                               ; preds = %24, %28, %18
  %41 = phi double [ 0.000000e+00, %18 ], [ %71, %24 ], [ %36, %28 ]
  %42 = getelementptr inbounds nuw double, ptr %5, i64 %19
  store double %41, ptr %42, align 8, !tbaa !9
  %43 = add nuw nsw i64 %19, 1
  %44 = icmp eq i64 %43, %11
  br i1 %44, label %23, label %18, !llvm.loop !13

45:                                               ; preds = %20, %45
  %46 = phi i64 [ %72, %45 ], [ 0, %20 ]
  %47 = phi double [ %71, %45 ], [ 0.000000e+00, %20 ]
  %48 = phi i64 [ %73, %45 ], [ 0, %20 ]
  %49 = getelementptr double, ptr %22, i64 %46
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = getelementptr inbounds nuw double, ptr %4, i64 %46
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = tail call double @llvm.fmuladd.f64(double %50, double %52, double %47)
  %54 = or disjoint i64 %46, 1
  %55 = getelementptr double, ptr %22, i64 %54
  %56 = load double, ptr %55, align 8, !tbaa !9
  %57 = getelementptr inbounds nuw double, ptr %4, i64 %54
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = tail call double @llvm.fmuladd.f64(double %56, double %58, double %53)
  %60 = or disjoint i64 %46, 2
  %61 = getelementptr double, ptr %22, i64 %60
  %62 = load double, ptr %61, align 8, !tbaa !9
  %63 = getelementptr inbounds nuw double, ptr %4, i64 %60
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = tail call double @llvm.fmuladd.f64(double %62, double %64, double %59)
  %66 = or disjoint i64 %46, 3
  %67 = getelementptr double, ptr %22, i64 %66
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = getelementptr inbounds nuw double, ptr %4, i64 %66
  %70 = load double, ptr %69, align 8, !tbaa !9
  %71 = tail call double @llvm.fmuladd.f64(double %68, double %70, double %65)
  %72 = add nuw nsw i64 %46, 4
  %73 = add i64 %48, 4
  %74 = icmp eq i64 %73, %15
  br i1 %74, label %24, label %45, !llvm.loop !15
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
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
