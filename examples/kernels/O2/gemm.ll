; ModuleID = 'gemm.c'
source_filename = "gemm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gemm(i32 noundef %0, i32 noundef %1, i32 noundef %2, double noundef %3, ptr noalias noundef readonly captures(none) %4, ptr noalias noundef readonly captures(none) %5, double noundef %6, ptr noalias noundef captures(none) %7) local_unnamed_addr #0 {
  %9 = icmp sgt i32 %0, 0
  br i1 %9, label %10, label %30

10:                                               ; preds = %8
  %11 = icmp sgt i32 %1, 0
  %12 = icmp sgt i32 %2, 0
  %13 = zext i32 %1 to i64
  %14 = zext nneg i32 %0 to i64
  %15 = zext i32 %2 to i64
  %16 = and i64 %15, 1
  %17 = icmp eq i32 %2, 1
  %18 = and i64 %15, 2147483646
  %19 = icmp eq i64 %16, 0
  %20 = icmp ne i64 %16, 0
  br label %21

21:                                               ; preds = %10, %31
  %22 = phi i64 [ 0, %10 ], [ %32, %31 ]
  br i1 %11, label %23, label %31

23:                                               ; preds = %21
  %24 = mul nuw nsw i64 %22, %13
  %25 = trunc i64 %22 to i32
  %26 = mul i32 %2, %25
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds nuw double, ptr %7, i64 %24
  %29 = getelementptr inbounds nuw double, ptr %4, i64 %27
  br label %34

30:                                               ; preds = %31, %8
  ret void

31:                                               ; preds = %52, %21
  %32 = add nuw nsw i64 %22, 1
  %33 = icmp eq i64 %32, %14
  br i1 %33, label %30, label %21, !llvm.loop !9

34:                                               ; preds = %23, %52
  %35 = phi i64 [ 0, %23 ], [ %54, %52 ]
  %36 = getelementptr inbounds nuw double, ptr %28, i64 %35
  %37 = load double, ptr %36, align 8, !tbaa !11
  %38 = fmul double %6, %37
  br i1 %12, label %39, label %52

39:                                               ; preds = %34
  %40 = getelementptr inbounds nuw double, ptr %5, i64 %35
  br i1 %17, label %42, label %56

41:                                               ; preds = %56
  br i1 %19, label %52, label %42

42:                                               ; preds = %41, %39
  %43 = phi i64 [ 0, %39 ], [ %75, %41 ]
  %44 = phi double [ %38, %39 ], [ %74, %41 ]
  tail call void @llvm.assume(i1 %20)
  %45 = getelementptr inbounds nuw double, ptr %29, i64 %43
  %46 = load double, ptr %45, align 8, !tbaa !11
  %47 = fmul double %3, %46
  %48 = mul nuw nsw i64 %43, %13
  %49 = getelementptr inbounds nuw double, ptr %40, i64 %48
  %50 = load double, ptr %49, align 8, !tbaa !11
  %51 = tail call double @llvm.fmuladd.f64(double %47, double %50, double %44)
  br label %52

52:                                               ; preds = %42, %41, %34
  %53 = phi double [ %38, %34 ], [ %74, %41 ], [ %51, %42 ]
  store double %53, ptr %36, align 8, !tbaa !11
  %54 = add nuw nsw i64 %35, 1
  %55 = icmp eq i64 %54, %13
  br i1 %55, label %31, label %34, !llvm.loop !13

56:                                               ; preds = %39, %56
  %57 = phi i64 [ %75, %56 ], [ 0, %39 ]
  %58 = phi double [ %74, %56 ], [ %38, %39 ]
  %59 = phi i64 [ %76, %56 ], [ 0, %39 ]
  %60 = getelementptr inbounds nuw double, ptr %29, i64 %57
  %61 = load double, ptr %60, align 8, !tbaa !11
  %62 = fmul double %3, %61
  %63 = mul nuw nsw i64 %57, %13
  %64 = getelementptr inbounds nuw double, ptr %40, i64 %63
  %65 = load double, ptr %64, align 8, !tbaa !11
  %66 = tail call double @llvm.fmuladd.f64(double %62, double %65, double %58)
  %67 = or disjoint i64 %57, 1
  %68 = getelementptr inbounds nuw double, ptr %29, i64 %67
  %69 = load double, ptr %68, align 8, !tbaa !11
  %70 = fmul double %3, %69
  %71 = mul nuw nsw i64 %67, %13
  %72 = getelementptr inbounds nuw double, ptr %40, i64 %71
  %73 = load double, ptr %72, align 8, !tbaa !11
  %74 = tail call double @llvm.fmuladd.f64(double %70, double %73, double %66)
  %75 = add nuw nsw i64 %57, 2
  %76 = add i64 %59, 2
  %77 = icmp eq i64 %76, %18
  br i1 %77, label %41, label %56, !llvm.loop !14
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
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
