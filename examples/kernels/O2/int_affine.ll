; ModuleID = 'int_affine.c'
source_filename = "int_affine.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @int_affine(i32 noundef %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %35

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  %8 = icmp ult i32 %0, 8
  br i1 %8, label %33, label %9

9:                                                ; preds = %6
  %10 = and i64 %7, 2147483640
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %29, %11 ]
  %13 = getelementptr inbounds nuw i32, ptr %1, i64 %12
  %14 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %15 = load <4 x i32>, ptr %13, align 4, !tbaa !5
  %16 = load <4 x i32>, ptr %14, align 4, !tbaa !5
  %17 = mul nsw <4 x i32> %15, splat (i32 3)
  %18 = mul nsw <4 x i32> %16, splat (i32 3)
  %19 = getelementptr inbounds nuw i32, ptr %2, i64 %12
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 16
  %21 = load <4 x i32>, ptr %19, align 4, !tbaa !5
  %22 = load <4 x i32>, ptr %20, align 4, !tbaa !5
  %23 = sub <4 x i32> %17, %21
  %24 = sub <4 x i32> %18, %22
  %25 = add <4 x i32> %23, splat (i32 7)
  %26 = add <4 x i32> %24, splat (i32 7)
  %27 = getelementptr inbounds nuw i32, ptr %3, i64 %12
  %28 = getelementptr inbounds nuw i8, ptr %27, i64 16
  store <4 x i32> %25, ptr %27, align 4, !tbaa !5
  store <4 x i32> %26, ptr %28, align 4, !tbaa !5
  %29 = add nuw i64 %12, 8
  %30 = icmp eq i64 %29, %10
  br i1 %30, label %31, label %11, !llvm.loop !9

31:                                               ; preds = %11
  %32 = icmp eq i64 %10, %7
  br i1 %32, label %35, label %33

33:                                               ; preds = %6, %31
  %34 = phi i64 [ 0, %6 ], [ %10, %31 ]
  br label %36

35:                                               ; preds = %36, %31, %4
  ret void

36:                                               ; preds = %33, %36
  %37 = phi i64 [ %46, %36 ], [ %34, %33 ]
  %38 = getelementptr inbounds nuw i32, ptr %1, i64 %37
  %39 = load i32, ptr %38, align 4, !tbaa !5
  %40 = mul nsw i32 %39, 3
  %41 = getelementptr inbounds nuw i32, ptr %2, i64 %37
  %42 = load i32, ptr %41, align 4, !tbaa !5
  %43 = sub i32 %40, %42
  %44 = add i32 %43, 7
  %45 = getelementptr inbounds nuw i32, ptr %3, i64 %37
  store i32 %44, ptr %45, align 4, !tbaa !5
  %46 = add nuw nsw i64 %37, 1
  %47 = icmp eq i64 %46, %7
  br i1 %47, label %35, label %36, !llvm.loop !13
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
!9 = distinct !{!9, !10, !11, !12}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.isvectorized", i32 1}
!12 = !{!"llvm.loop.unroll.runtime.disable"}
!13 = distinct !{!13, !10, !12, !11}
