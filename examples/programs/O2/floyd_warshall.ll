; ModuleID = 'floyd_warshall.c'
source_filename = "floyd_warshall.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %ld path[3][100] %d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(129600) ptr @malloc(i64 noundef 129600) #7
  br label %2

2:                                                ; preds = %0, %30
  %3 = phi i64 [ 0, %0 ], [ %31, %30 ]
  %4 = getelementptr inbounds nuw [180 x i32], ptr %1, i64 %3
  %5 = insertelement <4 x i64> poison, i64 %3, i64 0
  %6 = shufflevector <4 x i64> %5, <4 x i64> poison, <4 x i32> zeroinitializer
  br label %7

7:                                                ; preds = %7, %2
  %8 = phi i64 [ 0, %2 ], [ %26, %7 ]
  %9 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %2 ], [ %27, %7 ]
  %10 = mul nuw nsw <4 x i64> %9, %6
  %11 = trunc nuw nsw <4 x i64> %10 to <4 x i32>
  %12 = urem <4 x i32> %11, splat (i32 7)
  %13 = add nuw nsw <4 x i32> %12, splat (i32 1)
  %14 = getelementptr inbounds nuw i32, ptr %4, i64 %8
  %15 = add nuw nsw <4 x i64> %9, %6
  %16 = trunc nuw nsw <4 x i64> %15 to <4 x i32>
  %17 = urem <4 x i32> %16, splat (i32 13)
  %18 = icmp eq <4 x i32> %17, zeroinitializer
  %19 = urem <4 x i32> %16, splat (i32 7)
  %20 = icmp eq <4 x i32> %19, zeroinitializer
  %21 = or <4 x i1> %18, %20
  %22 = urem <4 x i32> %16, splat (i32 11)
  %23 = icmp eq <4 x i32> %22, zeroinitializer
  %24 = or <4 x i1> %23, %21
  %25 = select <4 x i1> %24, <4 x i32> splat (i32 999), <4 x i32> %13
  store <4 x i32> %25, ptr %14, align 4, !tbaa !5
  %26 = add nuw i64 %8, 4
  %27 = add nuw nsw <4 x i64> %9, splat (i64 4)
  %28 = icmp eq i64 %26, 180
  br i1 %28, label %30, label %7, !llvm.loop !9

29:                                               ; preds = %30
  tail call fastcc void @kernel_floyd_warshall(ptr noundef nonnull %1)
  br label %33

30:                                               ; preds = %7
  %31 = add nuw nsw i64 %3, 1
  %32 = icmp eq i64 %31, 180
  br i1 %32, label %29, label %2, !llvm.loop !13

33:                                               ; preds = %29, %74
  %34 = phi i64 [ 0, %29 ], [ %77, %74 ]
  %35 = phi i64 [ 0, %29 ], [ %76, %74 ]
  %36 = getelementptr inbounds nuw [180 x i32], ptr %1, i64 %34
  %37 = insertelement <2 x i64> <i64 poison, i64 0>, i64 %35, i64 0
  br label %38

38:                                               ; preds = %38, %33
  %39 = phi i64 [ 0, %33 ], [ %68, %38 ]
  %40 = phi <2 x i64> [ %37, %33 ], [ %66, %38 ]
  %41 = phi <2 x i64> [ zeroinitializer, %33 ], [ %67, %38 ]
  %42 = getelementptr inbounds nuw i32, ptr %36, i64 %39
  %43 = getelementptr inbounds nuw i8, ptr %42, i64 8
  %44 = load <2 x i32>, ptr %42, align 4, !tbaa !5
  %45 = load <2 x i32>, ptr %43, align 4, !tbaa !5
  %46 = sext <2 x i32> %44 to <2 x i64>
  %47 = sext <2 x i32> %45 to <2 x i64>
  %48 = add <2 x i64> %40, %46
  %49 = add <2 x i64> %41, %47
  %50 = getelementptr inbounds nuw i32, ptr %36, i64 %39
  %51 = getelementptr inbounds nuw i8, ptr %50, i64 16
  %52 = getelementptr inbounds nuw i8, ptr %50, i64 24
  %53 = load <2 x i32>, ptr %51, align 4, !tbaa !5
  %54 = load <2 x i32>, ptr %52, align 4, !tbaa !5
  %55 = sext <2 x i32> %53 to <2 x i64>
  %56 = sext <2 x i32> %54 to <2 x i64>
  %57 = add <2 x i64> %48, %55
  %58 = add <2 x i64> %49, %56
  %59 = getelementptr inbounds nuw i32, ptr %36, i64 %39
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 32
  %61 = getelementptr inbounds nuw i8, ptr %59, i64 40
  %62 = load <2 x i32>, ptr %60, align 4, !tbaa !5
  %63 = load <2 x i32>, ptr %61, align 4, !tbaa !5
  %64 = sext <2 x i32> %62 to <2 x i64>
  %65 = sext <2 x i32> %63 to <2 x i64>
  %66 = add <2 x i64> %57, %64
  %67 = add <2 x i64> %58, %65
  %68 = add nuw nsw i64 %39, 12
  %69 = icmp eq i64 %68, 180
  br i1 %69, label %74, label %38, !llvm.loop !14

70:                                               ; preds = %74
  %71 = getelementptr inbounds nuw i8, ptr %1, i64 2560
  %72 = load i32, ptr %71, align 4, !tbaa !5
  %73 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %76, i32 noundef %72)
  tail call void @free(ptr noundef nonnull %1) #8
  ret i32 0

74:                                               ; preds = %38
  %75 = add <2 x i64> %67, %66
  %76 = tail call i64 @llvm.vector.reduce.add.v2i64(<2 x i64> %75)
  %77 = add nuw nsw i64 %34, 1
  %78 = icmp eq i64 %77, 180
  br i1 %78, label %70, label %33, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_floyd_warshall(ptr noundef captures(none) %0) unnamed_addr #2 {
  %2 = getelementptr i8, ptr %0, i64 129600
  br label %3

3:                                                ; preds = %1, %48
  %4 = phi i64 [ 0, %1 ], [ %49, %48 ]
  %5 = shl nuw nsw i64 %4, 2
  %6 = getelementptr nuw i8, ptr %0, i64 %5
  %7 = getelementptr i8, ptr %0, i64 %5
  %8 = getelementptr i8, ptr %7, i64 128884
  %9 = mul nuw nsw i64 %4, 720
  %10 = getelementptr nuw i8, ptr %0, i64 %9
  %11 = getelementptr i8, ptr %0, i64 %9
  %12 = getelementptr i8, ptr %11, i64 720
  %13 = getelementptr inbounds nuw [180 x i32], ptr %0, i64 %4
  %14 = icmp ult ptr %0, %8
  %15 = icmp ult ptr %6, %2
  %16 = and i1 %14, %15
  %17 = icmp ult ptr %0, %12
  %18 = icmp ult ptr %10, %2
  %19 = and i1 %17, %18
  %20 = or i1 %16, %19
  br label %22

21:                                               ; preds = %48
  ret void

22:                                               ; preds = %3, %51
  %23 = phi i64 [ 0, %3 ], [ %52, %51 ]
  %24 = getelementptr inbounds nuw [180 x i32], ptr %0, i64 %23
  %25 = getelementptr inbounds nuw i32, ptr %24, i64 %4
  br i1 %20, label %26, label %28

26:                                               ; preds = %32, %22
  %27 = phi i64 [ 0, %22 ], [ 176, %32 ]
  br label %54

28:                                               ; preds = %22
  %29 = load i32, ptr %25, align 4, !tbaa !5, !alias.scope !16
  %30 = insertelement <4 x i32> poison, i32 %29, i64 0
  %31 = shufflevector <4 x i32> %30, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %32

32:                                               ; preds = %32, %28
  %33 = phi i64 [ 0, %28 ], [ %46, %32 ]
  %34 = getelementptr inbounds nuw i32, ptr %24, i64 %33
  %35 = getelementptr inbounds nuw i8, ptr %34, i64 16
  %36 = load <4 x i32>, ptr %34, align 4, !tbaa !5, !alias.scope !19, !noalias !21
  %37 = load <4 x i32>, ptr %35, align 4, !tbaa !5, !alias.scope !19, !noalias !21
  %38 = getelementptr inbounds nuw i32, ptr %13, i64 %33
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 16
  %40 = load <4 x i32>, ptr %38, align 4, !tbaa !5, !alias.scope !23
  %41 = load <4 x i32>, ptr %39, align 4, !tbaa !5, !alias.scope !23
  %42 = add nsw <4 x i32> %40, %31
  %43 = add nsw <4 x i32> %41, %31
  %44 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %36, <4 x i32> %42)
  %45 = tail call <4 x i32> @llvm.smin.v4i32(<4 x i32> %37, <4 x i32> %43)
  store <4 x i32> %44, ptr %34, align 4, !tbaa !5, !alias.scope !19, !noalias !21
  store <4 x i32> %45, ptr %35, align 4, !tbaa !5, !alias.scope !19, !noalias !21
  %46 = add nuw i64 %33, 8
  %47 = icmp eq i64 %46, 176
  br i1 %47, label %26, label %32, !llvm.loop !24

48:                                               ; preds = %51
  %49 = add nuw nsw i64 %4, 1
  %50 = icmp eq i64 %49, 180
  br i1 %50, label %21, label %3, !llvm.loop !25

51:                                               ; preds = %54
  %52 = add nuw nsw i64 %23, 1
  %53 = icmp eq i64 %52, 180
  br i1 %53, label %48, label %22, !llvm.loop !26

54:                                               ; preds = %54, %26
  %55 = phi i64 [ %27, %26 ], [ %71, %54 ]
  %56 = getelementptr inbounds nuw i32, ptr %24, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = load i32, ptr %25, align 4, !tbaa !5
  %59 = getelementptr inbounds nuw i32, ptr %13, i64 %55
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = add nsw i32 %60, %58
  %62 = tail call i32 @llvm.smin.i32(i32 %57, i32 %61)
  store i32 %62, ptr %56, align 4, !tbaa !5
  %63 = or disjoint i64 %55, 1
  %64 = getelementptr inbounds nuw i32, ptr %24, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = load i32, ptr %25, align 4, !tbaa !5
  %67 = getelementptr inbounds nuw i32, ptr %13, i64 %63
  %68 = load i32, ptr %67, align 4, !tbaa !5
  %69 = add nsw i32 %68, %66
  %70 = tail call i32 @llvm.smin.i32(i32 %65, i32 %69)
  store i32 %70, ptr %64, align 4, !tbaa !5
  %71 = add nuw nsw i64 %55, 2
  %72 = icmp eq i64 %71, 180
  br i1 %72, label %51, label %54, !llvm.loop !27
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.add.v2i64(<2 x i64>) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x i32> @llvm.smin.v4i32(<4 x i32>, <4 x i32>) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind }

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
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10, !11, !12}
!15 = distinct !{!15, !10}
!16 = !{!17}
!17 = distinct !{!17, !18}
!18 = distinct !{!18, !"LVerDomain"}
!19 = !{!20}
!20 = distinct !{!20, !18}
!21 = !{!17, !22}
!22 = distinct !{!22, !18}
!23 = !{!22}
!24 = distinct !{!24, !10, !11, !12}
!25 = distinct !{!25, !10}
!26 = distinct !{!26, !10}
!27 = distinct !{!27, !10, !11}
