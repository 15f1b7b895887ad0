; ModuleID = 'strided_access.c'
source_filename = "strided_access.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @strided_access(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %0, 0
  %5 = zext i32 %0 to i64
  %6 = and i64 %5, 3
  %7 = icmp ult i32 %0, 4
  %8 = and i64 %5, 2147483644
  %9 = icmp eq i64 %6, 0
  %10 = icmp ne i64 %6, 0
  br label %11

11:                                               ; preds = %3, %30
  %12 = phi i64 [ 0, %3 ], [ %33, %30 ]
  br i1 %4, label %13, label %30

13:                                               ; preds = %11
  %14 = getelementptr inbounds nuw double, ptr %1, i64 %12
  br i1 %7, label %17, label %35

15:                                               ; preds = %30
  ret void

16:                                               ; preds = %35
  br i1 %9, label %30, label %17

17:                                               ; preds = %16, %13
  %18 = phi i64 [ 0, %13 ], [ %54, %16 ]
  %19 = phi double [ 0.000000e+00, %13 ], [ %53, %16 ]
  tail call void @llvm.assume(i1 %10)
  br label %20

20:                                               ; preds = %20, %17
  %21 = phi i64 [ %18, %17 ], [ %27, %20 ]
  %22 = phi double [ %19, %17 ], [ %26, %20 ]
  %23 = phi i64 [ 0, %17 ], [ %28, %20 ]
  %24 = getelementptr inbounds nuw [70 x double], ptr %14, i64 %21
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fadd double %22, %25
  %27 = add nuw nsw i64 %21, 1
  %28 = add i64 %23, 1
  %29 = icmp eq i64 %28, %6
  br i1 %29, label %30, label %20, !llvm.loop !11

30:                                               ; preds = %16, %20, %11
  %31 = phi double [ 0.000000e+00, %11 ], [ %53, %16 ], [ %26, %20 ]
  %32 = getelementptr inbounds nuw double, ptr %2, i64 %12
  store double %31, ptr %32, align 8, !tbaa !9
  %33 = add nuw nsw i64 %12, 1
  %34 = icmp eq i64 %33, 70
  br i1 %34, label %15, label %11, !llvm.loop !13

35:                                               ; preds = %13, %35
  %36 = phi i64 [ %54, %35 ], [ 0, %13 ]
  %37 = phi double [ %53, %35 ], [ 0.000000e+00, %13 ]
  %38 = phi i64 [ %55, %35 ], [ 0, %13 ]
  %39 = getelementptr inbounds nuw [70 x double], ptr %14, i64 %36
  %40 = load double, ptr %39, align 8, !tbaa !9
  %41 = fadd double %37, %40
  %42 = getelementptr inbounds nuw [70 x double], ptr %14, i64 %36
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 560
  %44 = load double, ptr %43, align 8, !tbaa !9
  %45 = fadd double %41, %44
  %46 = getelementptr inbounds nuw [70 x double], ptr %14, i64 %36
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 1120
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = fadd double %45, %48
  %50 = getelementptr inbounds nuw [70 x double], ptr %14, i64 %36
  %51 = getelementptr inbounds nuw i8, ptr %50, i64 1680
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = fadd double %49, %52
  %54 = add nuw nsw i64 %36, 4
  %55 = add i64 %38, 4
  %56 = icmp eq i64 %55, %8
  br i1 %56, label %16, label %35, !llvm.loop !15
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
!15 = distinct !{!15, !14}
