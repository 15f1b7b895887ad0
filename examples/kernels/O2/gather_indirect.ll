; ModuleID = 'gather_indirect.c'
source_filename = "gather_indirect.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @gather_indirect(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %29

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  %8 = and i64 %7, 3
  %9 = icmp ult i32 %0, 4
  br i1 %9, label %14, label %10

10:                                               ; preds = %6
  %11 = and i64 %7, 2147483644
  br label %30

12:                                               ; preds = %30
  %13 = icmp eq i64 %8, 0
  br i1 %13, label %29, label %14

14:                                               ; preds = %12, %6
  %15 = phi i64 [ 0, %6 ], [ %60, %12 ]
  %16 = icmp ne i64 %8, 0
  tail call void @llvm.assume(i1 %16)
  br label %17

17:                                               ; preds = %17, %14
  %18 = phi i64 [ %15, %14 ], [ %26, %17 ]
  %19 = phi i64 [ 0, %14 ], [ %27, %17 ]
  %20 = getelementptr inbounds nuw i32, ptr %1, i64 %18
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds double, ptr %2, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw double, ptr %3, i64 %18
  store double %24, ptr %25, align 8, !tbaa !9
  %26 = add nuw nsw i64 %18, 1
  %27 = add i64 %19, 1
  %28 = icmp eq i64 %27, %8
  br i1 %28, label %29, label %17, !llvm.loop !11

29:                                               ; preds = %12, %17, %4
  ret void

30:                                               ; preds = %30, %10
  %31 = phi i64 [ 0, %10 ], [ %60, %30 ]
  %32 = phi i64 [ 0, %10 ], [ %61, %30 ]
  %33 = getelementptr inbounds nuw i32, ptr %1, i64 %31
  %34 = load i32, ptr %33, align 4, !tbaa !5
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds double, ptr %2, i64 %35
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw double, ptr %3, i64 %31
  store double %37, ptr %38, align 8, !tbaa !9
  %39 = or disjoint i64 %31, 1
  %40 = getelementptr inbounds nuw i32, ptr %1, i64 %39
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = getelementptr inbounds double, ptr %2, i64 %42
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = getelementptr inbounds nuw double, ptr %3, i64 %39
  store double %44, ptr %45, align 8, !tbaa !9
  %46 = or disjoint i64 %31, 2
  %47 = getelementptr inbounds nuw i32, ptr %1, i64 %46
  %48 = load i32, ptr %47, align 4, !tbaa !5
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds double, ptr %2, i64 %49
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw double, ptr %3, i64 %46
  store double %51, ptr %52, align 8, !tbaa !9
  %53 = or disjoint i64 %31, 3
  %54 = getelementptr inbounds nuw i32, ptr %1, i64 %53
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds double, ptr %2, i64 %56
  %58 = load double, ptr %57, align 8, !tbaa !9
  %59 = getelementptr inbounds nuw double, ptr %3, i64 %53
  store double %58, ptr %59, align 8, !tbaa !9
  %60 = add nuw nsw i64 %31, 4
  %61 = add i64 %32, 4
  %62 = icmp eq i64 %61, %11
  br i1 %62, label %12, label %30, !llvm.loop !13
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
