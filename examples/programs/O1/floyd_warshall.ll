; ModuleID = 'floyd_warshall.c'
source_filename = "floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %ld path[3][100] %d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(129600) ptr @malloc(i64 noundef 129600) #6
  br label %2

2:                                                ; preds = %0, %6
  %3 = phi i64 [ 0, %0 ], [ %7, %6 ]
  %4 = getelementptr inbounds nuw [180 x i32], ptr %1, i64 %3
  br label %9

5:                                                ; preds = %6
  tail call fastcc void @kernel_floyd_warshall(ptr noundef %1)
  br label %31

6:                                                ; preds = %9
  %7 = add nuw nsw i64 %3, 1
  %8 = icmp eq i64 %7, 180
  br i1 %8, label %5, label %2, !llvm.loop !9

9:                                                ; preds = %2, %9
  %10 = phi i64 [ 0, %2 ], [ %29, %9 ]
  %11 = mul nuw nsw i64 %10, %3
  %12 = trunc nuw nsw i64 %11 to i32
  %13 = urem i32 %12, 7
  %14 = add nuw nsw i32 %13, 1
  %15 = getelementptr inbounds nuw i32, ptr %4, i64 %10
  %16 = add nuw nsw i64 %10, %3
  %17 = trunc nuw nsw i64 %16 to i32
  %18 = urem i32 %17, 13
  %19 = icmp eq i32 %18, 0
  %20 = trunc nuw nsw i64 %16 to i32
  %21 = urem i32 %20, 7
  %22 = icmp eq i32 %21, 0
  %23 = or i1 %19, %22
  %24 = trunc nuw nsw i64 %16 to i32
  %25 = urem i32 %24, 11
  %26 = icmp eq i32 %25, 0
  %27 = or i1 %26, %23
  %28 = select i1 %27, i32 999, i32 %14
  store i32 %28, ptr %15, align 4, !tbaa !5
  %29 = add nuw nsw i64 %10, 1
  %30 = icmp eq i64 %29, 180
  br i1 %30, label %6, label %9, !llvm.loop !12

31:                                               ; preds = %5, %39
  %32 = phi i64 [ 0, %5 ], [ %40, %39 ]
  %33 = phi i64 [ 0, %5 ], [ %48, %39 ]
  %34 = getelementptr inbounds nuw [180 x i32], ptr %1, i64 %32
  br label %42

35:                                               ; preds = %39
  %36 = getelementptr inbounds nuw i8, ptr %1, i64 2560
  %37 = load i32, ptr %36, align 4, !tbaa !5
  %38 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %48, i32 noundef %37)
  tail call void @free(ptr noundef %1) #7
  ret i32 0

39:                                               ; preds = %42
  %40 = add nuw nsw i64 %32, 1
  %41 = icmp eq i64 %40, 180
  br i1 %41, label %35, label %31, !llvm.loop !13

42:                                               ; preds = %31, %42
  %43 = phi i64 [ 0, %31 ], [ %49, %42 ]
  %44 = phi i64 [ %33, %31 ], [ %48, %42 ]
  %45 = getelementptr inbounds nuw i32, ptr %34, i64 %43
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = sext i32 %46 to i64
  %48 = add nsw i64 %44, %47
  %49 = add nuw nsw i64 %43, 1
  %50 = icmp eq i64 %49, 180
  br i1 %50, label %39, label %42, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_floyd_warshall(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %10
  %3 = phi i64 [ 0, %1 ], [ %11, %10 ]
  %4 = getelementptr inbounds nuw [180 x i32], ptr %0, i64 %3
  br label %6

5:                                                ; preds = %10
  ret void

6:                                                ; preds = %2, %13
  %7 = phi i64 [ 0, %2 ], [ %14, %13 ]
  %8 = getelementptr inbounds nuw [180 x i32], ptr %0, i64 %7
  %9 = getelementptr inbounds nuw i32, ptr %8, i64 %3
  br label %16

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %3, 1
  %12 = icmp eq i64 %11, 180
  br i1 %12, label %5, label %2, !llvm.loop !15

13:                                               ; preds = %16
  %14 = add nuw nsw i64 %7, 1
  %15 = icmp eq i64 %14, 180
  br i1 %15, label %10, label %6, !llvm.loop !16

16:                                               ; preds = %6, %16
  %17 = phi i64 [ 0, %6 ], [ %25, %16 ]
  %18 = getelementptr inbounds nuw i32, ptr %8, i64 %17
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = load i32, ptr %9, align 4, !tbaa !5
  %21 = getelementptr inbounds nuw i32, ptr %4, i64 %17
  %22 = load i32, ptr %21, align 4, !tbaa !5
  %23 = add nsw i32 %22, %20
  %24 = tail call i32 @llvm.smin.i32(i32 %19, i32 %23)
  store i32 %24, ptr %18, align 4, !tbaa !5
  %25 = add nuw nsw i64 %17, 1
  %26 = icmp eq i64 %25, 180
  br i1 %26, label %13, label %16, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind }

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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !10, !11}
!13 = distinct !{!13, !10, !11}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
