; ModuleID = 'nussinov.c'
source_filename = "nussinov.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"sum %ld T[0][N-1] %d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(300) ptr @malloc(i64 noundef 300) #7
  %2 = tail call noalias dereferenceable_or_null(360000) ptr @calloc(i64 noundef 300, i64 noundef 1200) #8
  br label %4

3:                                                ; preds = %4
  tail call fastcc void @kernel_nussinov(ptr noundef %1, ptr noundef %2)
  br label %13

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 0, %0 ], [ %11, %4 ]
  %6 = trunc i64 %5 to i8
  %7 = mul i8 %6, 3
  %8 = add i8 %7, 1
  %9 = and i8 %8, 3
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 %5
  store i8 %9, ptr %10, align 1, !tbaa !9
  %11 = add nuw nsw i64 %5, 1
  %12 = icmp eq i64 %11, 300
  br i1 %12, label %3, label %4, !llvm.loop !10

13:                                               ; preds = %3, %21
  %14 = phi i64 [ 0, %3 ], [ %22, %21 ]
  %15 = phi i64 [ 0, %3 ], [ %30, %21 ]
  %16 = getelementptr inbounds nuw [300 x i32], ptr %2, i64 %14
  br label %24

17:                                               ; preds = %21
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 1196
  %19 = load i32, ptr %18, align 4, !tbaa !5
  %20 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %30, i32 noundef %19)
  tail call void @free(ptr noundef %1) #9
  tail call void @free(ptr noundef %2) #9
  ret i32 0

21:                                               ; preds = %24
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, 300
  br i1 %23, label %17, label %13, !llvm.loop !13

24:                                               ; preds = %13, %24
  %25 = phi i64 [ 0, %13 ], [ %31, %24 ]
  %26 = phi i64 [ %15, %13 ], [ %30, %24 ]
  %27 = getelementptr inbounds nuw i32, ptr %16, i64 %25
  %28 = load i32, ptr %27, align 4, !tbaa !5
  %29 = sext i32 %28 to i64
  %30 = add nsw i64 %26, %29
  %31 = add nuw nsw i64 %25, 1
  %32 = icmp eq i64 %31, 300
  br i1 %32, label %21, label %24, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_nussinov(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #3 {
  br label %4

3:                                                ; preds = %13
  ret void

4:                                                ; preds = %2, %13
  %5 = phi i64 [ 299, %2 ], [ %14, %13 ]
  %6 = phi i64 [ 300, %2 ], [ %16, %13 ]
  %7 = add nuw nsw i64 %5, 1
  %8 = icmp samesign ult i64 %5, 299
  br i1 %8, label %9, label %13

9:                                                ; preds = %4
  %10 = getelementptr inbounds nuw [300 x i32], ptr %1, i64 %5
  %11 = getelementptr inbounds nuw [300 x i32], ptr %1, i64 %7
  %12 = getelementptr inbounds nuw i8, ptr %0, i64 %5
  br label %17

13:                                               ; preds = %48, %4
  %14 = add nsw i64 %5, -1
  %15 = icmp eq i64 %5, 0
  %16 = add nsw i64 %6, -1
  br i1 %15, label %3, label %4, !llvm.loop !15

17:                                               ; preds = %9, %48
  %18 = phi i64 [ %6, %9 ], [ %49, %48 ]
  %19 = add nsw i64 %18, -1
  %20 = getelementptr inbounds nuw i32, ptr %10, i64 %18
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = getelementptr inbounds nuw i32, ptr %10, i64 %19
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = tail call i32 @llvm.smax.i32(i32 %21, i32 %23)
  store i32 %24, ptr %20, align 4, !tbaa !5
  %25 = getelementptr inbounds nuw i32, ptr %11, i64 %18
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = tail call i32 @llvm.smax.i32(i32 %24, i32 %26)
  store i32 %27, ptr %20, align 4, !tbaa !5
  %28 = icmp samesign ult i64 %5, %19
  br i1 %28, label %29, label %38

29:                                               ; preds = %17
  %30 = load i8, ptr %12, align 1, !tbaa !9
  %31 = sext i8 %30 to i32
  %32 = getelementptr inbounds nuw i8, ptr %0, i64 %18
  %33 = load i8, ptr %32, align 1, !tbaa !9
  %34 = sext i8 %33 to i32
  %35 = add nsw i32 %34, %31
  %36 = icmp eq i32 %35, 3
  %37 = zext i1 %36 to i32
  br label %38

38:                                               ; preds = %29, %17
  %39 = phi i32 [ 0, %17 ], [ %37, %29 ]
  %40 = getelementptr inbounds nuw i32, ptr %11, i64 %19
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = add nsw i32 %41, %39
  %43 = tail call i32 @llvm.smax.i32(i32 %27, i32 %42)
  store i32 %43, ptr %20, align 4, !tbaa !5
  %44 = getelementptr inbounds nuw i32, ptr %1, i64 %18
  %45 = icmp samesign ult i64 %7, %18
  br i1 %45, label %46, label %48

46:                                               ; preds = %38
  %47 = load i32, ptr %20, align 4, !tbaa !5
  br label %51

48:                                               ; preds = %51, %38
  %49 = add nuw nsw i64 %18, 1
  %50 = icmp eq i64 %49, 300
  br i1 %50, label %13, label %17, !llvm.loop !16

51:                                               ; preds = %46, %51
  %52 = phi i64 [ %6, %46 ], [ %56, %51 ]
  %53 = phi i32 [ %47, %46 ], [ %60, %51 ]
  %54 = getelementptr inbounds nuw i32, ptr %10, i64 %52
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = add nuw nsw i64 %52, 1
  %57 = getelementptr inbounds nuw [300 x i32], ptr %44, i64 %56
  %58 = load i32, ptr %57, align 4, !tbaa !5
  %59 = add nsw i32 %58, %55
  %60 = tail call i32 @llvm.smax.i32(i32 %53, i32 %59)
  store i32 %60, ptr %20, align 4, !tbaa !5
  %61 = icmp eq i64 %56, %18
  br i1 %61, label %48, label %51, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind allocsize(0,1) }
attributes #9 = { nounwind }

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
!9 = !{!7, !7, i64 0}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = distinct !{!14, !11, !12}
!15 = distinct !{!15, !11, !12}
!16 = distinct !{!16, !11, !12}
!17 = distinct !{!17, !11, !12}
