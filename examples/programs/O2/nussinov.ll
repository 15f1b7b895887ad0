; ModuleID = 'nussinov.c'
source_filename = "nussinov.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"sum %ld T[0][N-1] %d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(300) ptr @malloc(i64 noundef 300) #8
  %2 = tail call noalias dereferenceable_or_null(360000) ptr @calloc(i64 noundef 300, i64 noundef 1200) #9
  %3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %1, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %3, align 1, !tbaa !9
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 48
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %4, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %5, align 1, !tbaa !9
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 64
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 80
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %6, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %7, align 1, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 96
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 112
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %8, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %9, align 1, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 128
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 144
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %10, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %11, align 1, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %1, i64 160
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 176
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %12, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %13, align 1, !tbaa !9
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 192
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 208
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %14, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %15, align 1, !tbaa !9
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 224
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 240
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %16, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %17, align 1, !tbaa !9
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 256
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 272
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %18, align 1, !tbaa !9
  store <16 x i8> <i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2, i8 1, i8 0, i8 3, i8 2>, ptr %19, align 1, !tbaa !9
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 288
  store <4 x i8> <i8 1, i8 0, i8 3, i8 2>, ptr %20, align 1, !tbaa !9
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 292
  store <4 x i8> <i8 1, i8 0, i8 3, i8 2>, ptr %21, align 1, !tbaa !9
  %22 = getelementptr inbounds nuw i8, ptr %1, i64 296
  store <4 x i8> <i8 1, i8 0, i8 3, i8 2>, ptr %22, align 1, !tbaa !9
  tail call fastcc void @kernel_nussinov(ptr noundef nonnull %1, ptr noundef %2)
  br label %23

23:                                               ; preds = %0, %64
  %24 = phi i64 [ 0, %0 ], [ %67, %64 ]
  %25 = phi i64 [ 0, %0 ], [ %66, %64 ]
  %26 = getelementptr inbounds nuw [300 x i32], ptr %2, i64 %24
  %27 = insertelement <2 x i64> <i64 poison, i64 0>, i64 %25, i64 0
  br label %28

28:                                               ; preds = %28, %23
  %29 = phi i64 [ 0, %23 ], [ %58, %28 ]
  %30 = phi <2 x i64> [ %27, %23 ], [ %56, %28 ]
  %31 = phi <2 x i64> [ zeroinitializer, %23 ], [ %57, %28 ]
  %32 = getelementptr inbounds nuw i32, ptr %26, i64 %29
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 8
  %34 = load <2 x i32>, ptr %32, align 4, !tbaa !5
  %35 = load <2 x i32>, ptr %33, align 4, !tbaa !5
  %36 = sext <2 x i32> %34 to <2 x i64>
  %37 = sext <2 x i32> %35 to <2 x i64>
  %38 = add <2 x i64> %30, %36
  %39 = add <2 x i64> %31, %37
  %40 = getelementptr inbounds nuw i32, ptr %26, i64 %29
  %41 = getelementptr inbounds nuw i8, ptr %40, i64 16
  %42 = getelementptr inbounds nuw i8, ptr %40, i64 24
  %43 = load <2 x i32>, ptr %41, align 4, !tbaa !5
  %44 = load <2 x i32>, ptr %42, align 4, !tbaa !5
  %45 = sext <2 x i32> %43 to <2 x i64>
  %46 = sext <2 x i32> %44 to <2 x i64>
  %47 = add <2 x i64> %38, %45
  %48 = add <2 x i64> %39, %46
  %49 = getelementptr inbounds nuw i32, ptr %26, i64 %29
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 32
  %51 = getelementptr inbounds nuw i8, ptr %49, i64 40
  %52 = load <2 x i32>, ptr %50, align 4, !tbaa !5
  %53 = load <2 x i32>, ptr %51, align 4, !tbaa !5
  %54 = sext <2 x i32> %52 to <2 x i64>
  %55 = sext <2 x i32> %53 to <2 x i64>
  %56 = add <2 x i64> %47, %54
  %57 = add <2 x i64> %48, %55
  %58 = add nuw nsw i64 %29, 12
  %59 = icmp eq i64 %58, 300
  br i1 %59, label %64, label %28, !llvm.loop !10

60:                                               ; preds = %64
  %61 = getelementptr inbounds nuw i8, ptr %2, i64 1196
  %62 = load i32, ptr %61, align 4, !tbaa !5
  %63 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %66, i32 noundef %62)
  tail call void @free(ptr noundef %1) #10
  tail call void @free(ptr noundef nonnull %2) #10
  ret i32 0

64:                                               ; preds = %28
  %65 = add <2 x i64> %57, %56
  %66 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %65)
  %67 = add nuw nsw i64 %24, 1
  %68 = icmp eq i64 %67, 300
  br i1 %68, label %60, label %23, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_nussinov(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #3 {
  br label %4

3:                                                ; preds = %15
  ret void

4:                                                ; preds = %2, %15
  %5 = phi i64 [ 299, %2 ], [ %16, %15 ]
  %6 = phi i64 [ 300, %2 ], [ %18, %15 ]
  %7 = add nuw nsw i64 %5, 1
  %8 = icmp samesign ult i64 %5, 299
  br i1 %8, label %9, label %15

9:                                                ; preds = %4
  %10 = getelementptr inbounds nuw [300 x i32], ptr %1, i64 %5
  %11 = getelementptr inbounds nuw [300 x i32], ptr %1, i64 %7
  %12 = getelementptr inbounds nuw i8, ptr %0, i64 %5
  %13 = getelementptr inbounds nuw i32, ptr %10, i64 %6
  %14 = add nuw nsw i64 %6, 1
  br label %19

15:                                               ; preds = %62, %4
  %16 = add nsw i64 %5, -1
  %17 = icmp eq i64 %5, 0
  %18 = add nsw i64 %6, -1
  br i1 %17, label %3, label %4, !llvm.loop !15

19:                                               ; preds = %62, %9
  %20 = phi i64 [ %65, %62 ], [ 0, %9 ]
  %21 = phi i64 [ %63, %62 ], [ %6, %9 ]
  %22 = add nsw i64 %21, -1
  %23 = getelementptr inbounds nuw i32, ptr %10, i64 %21
  %24 = load i32, ptr %23, align 4, !tbaa !5
  %25 = getelementptr inbounds nuw i32, ptr %10, i64 %22
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = tail call i32 @llvm.smax.i32(i32 %24, i32 %26)
  %28 = getelementptr inbounds nuw i32, ptr %11, i64 %21
  %29 = load i32, ptr %28, align 4, !tbaa !5
  %30 = tail call i32 @llvm.smax.i32(i32 %27, i32 %29)
  store i32 %30, ptr %23, align 4, !tbaa !5
  %31 = icmp samesign ult i64 %5, %22
  br i1 %31, label %32, label %41

32:                                               ; preds = %19
  %33 = load i8, ptr %12, align 1, !tbaa !9
  %34 = sext i8 %33 to i32
  %35 = getelementptr inbounds nuw i8, ptr %0, i64 %21
  %36 = load i8, ptr %35, align 1, !tbaa !9
  %37 = sext i8 %36 to i32
  %38 = add nsw i32 %37, %34
  %39 = icmp eq i32 %38, 3
  %40 = zext i1 %39 to i32
  br label %41

41:                                               ; preds = %19, %32
  %42 = phi i32 [ 0, %19 ], [ %40, %32 ]
  %43 = getelementptr inbounds nuw i32, ptr %11, i64 %22
  %44 = load i32, ptr %43, align 4, !tbaa !5
  %45 = add nsw i32 %44, %42
  %46 = tail call i32 @llvm.smax.i32(i32 %30, i32 %45)
  store i32 %46, ptr %23, align 4, !tbaa !5
  %47 = getelementptr inbounds nuw i32, ptr %1, i64 %21
  %48 = icmp samesign ult i64 %7, %21
  br i1 %48, label %49, label %62

49:                                               ; preds = %41
  %50 = and i64 %20, 1
  %51 = icmp eq i64 %50, 0
  br i1 %51, label %58, label %52

52:                                               ; preds = %49
  %53 = load i32, ptr %13, align 4, !tbaa !5
  %54 = getelementptr inbounds nuw [300 x i32], ptr %47, i64 %14
  %55 = load i32, ptr %54, align 4, !tbaa !5
  %56 = add nsw i32 %55, %53
  %57 = tail call i32 @llvm.smax.i32(i32 %46, i32 %56)
  store i32 %57, ptr %23, align 4, !tbaa !5
  br label %58

58:                                               ; preds = %52, %49
  %59 = phi i64 [ %6, %49 ], [ %14, %52 ]
  %60 = phi i32 [ %46, %49 ], [ %57, %52 ]
  %61 = icmp eq i64 %20, 1
  br i1 %61, label %62, label %66

62:                                               ; preds = %58, %66, %41
  %63 = add nuw nsw i64 %21, 1
  %64 = icmp eq i64 %63, 300
  %65 = add i64 %20, 1
  br i1 %64, label %15, label %19, !llvm.loop !16

66:                                               ; preds = %58, %66
  %67 = phi i64 [ %78, %66 ], [ %59, %58 ]
  %68 = phi i32 [ %82, %66 ], [ %60, %58 ]
  %69 = getelementptr inbounds nuw i32, ptr %10, i64 %67
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = add nuw nsw i64 %67, 1
  %72 = getelementptr inbounds nuw [300 x i32], ptr %47, i64 %71
  %73 = load i32, ptr %72, align 4, !tbaa !5
  %74 = add nsw i32 %73, %70
  %75 = tail call i32 @llvm.smax.i32(i32 %68, i32 %74)
  store i32 %75, ptr %23, align 4, !tbaa !5
  %76 = getelementptr inbounds nuw i32, ptr %10, i64 %71
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = add nuw nsw i64 %67, 2
  %79 = getelementptr inbounds nuw [300 x i32], ptr %47, i64 %78
  %80 = load i32, ptr %79, align 4, !tbaa !5
  %81 = add nsw i32 %80, %77
  %82 = tail call i32 @llvm.smax.i32(i32 %75, i32 %81)
  store i32 %82, ptr %23, align 4, !tbaa !5
  %83 = icmp eq i64 %78, %21
  br i1 %83, label %62, label %66, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind allocsize(0,1) }
attributes #10 = { nounwind }

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
!10 = distinct !{!10, !11, !12, !13}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
!17 = distinct !{!17, !11}
