; ModuleID = 'range_blowup.c'
source_filename = "range_blowup.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @kernel(i32 noundef %0, i32 noundef %1, ptr noalias noundef readonly captures(none) %2, ptr noalias noundef readonly captures(none) %3, ptr noalias noundef writeonly captures(none) %4) local_unnamed_addr #0 {
  %6 = icmp sgt i32 %0, 2
  br i1 %6, label %7, label %36

7:                                                ; preds = %5
  %8 = icmp sgt i32 %1, 2
  %9 = add nsw i32 %1, 1
  %10 = add nuw nsw i32 %0, 1
  %11 = add nsw i32 %1, 3
  %12 = shl nuw nsw i32 %0, 1
  %13 = add nuw nsw i32 %0, 3
  %14 = shl nuw nsw i32 %13, 1
  %15 = zext nneg i32 %10 to i64
  %16 = zext nneg i32 %12 to i64
  %17 = zext nneg i32 %13 to i64
  %18 = zext nneg i32 %14 to i64
  %19 = sext i32 %1 to i64
  %20 = zext i32 %9 to i64
  %21 = zext i32 %11 to i64
  %22 = zext i32 %1 to i64
  %23 = zext nneg i32 %0 to i64
  br label %24

24:                                               ; preds = %7, %37
  %25 = phi i64 [ 2, %7 ], [ %38, %37 ]
  br i1 %8, label %26, label %37

26:                                               ; preds = %24
  %27 = mul nuw nsw i64 %25, %20
  %28 = mul nuw nsw i64 %25, %21
  %29 = shl nuw nsw i64 %25, 1
  %30 = mul nuw nsw i64 %25, %22
  %31 = getelementptr i32, ptr %4, i64 %25
  %32 = getelementptr i32, ptr %3, i64 %29
  %33 = getelementptr i32, ptr %3, i64 %25
  %34 = getelementptr inbounds nuw i32, ptr %3, i64 %29
  %35 = getelementptr i32, ptr %4, i64 %30
  br label %40

36:                                               ; preds = %37, %5
  ret void

37:                                               ; preds = %40, %24
  %38 = add nuw nsw i64 %25, 1
  %39 = icmp eq i64 %38, %23
  br i1 %39, label %36, label %24, !llvm.loop !9

40:                                               ; preds = %26, %40
  %41 = phi i64 [ 2, %26 ], [ %80, %40 ]
  %42 = getelementptr inbounds nuw i32, ptr %3, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = add nuw nsw i64 %41, %27
  %45 = getelementptr inbounds nuw i32, ptr %2, i64 %44
  %46 = load i32, ptr %45, align 4, !tbaa !5
  %47 = xor i32 %43, %46
  %48 = xor i32 %47, 2
  %49 = mul nuw nsw i64 %41, %15
  %50 = getelementptr i32, ptr %31, i64 %49
  %51 = getelementptr i8, ptr %50, i64 4
  store i32 %48, ptr %51, align 4, !tbaa !5
  %52 = add nuw nsw i64 %41, %28
  %53 = getelementptr inbounds nuw i32, ptr %2, i64 %52
  %54 = load i32, ptr %53, align 4, !tbaa !5
  %55 = getelementptr i32, ptr %3, i64 %52
  %56 = getelementptr i8, ptr %55, i64 8
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = getelementptr i32, ptr %3, i64 %44
  %59 = getelementptr i8, ptr %58, i64 4
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = add i32 %57, %60
  %62 = sub i32 %54, %61
  %63 = getelementptr inbounds nuw i32, ptr %4, i64 %41
  store i32 %62, ptr %63, align 4, !tbaa !5
  %64 = mul nuw nsw i64 %41, %16
  %65 = getelementptr i32, ptr %32, i64 %64
  %66 = getelementptr i8, ptr %65, i64 4
  %67 = load i32, ptr %66, align 4, !tbaa !5
  %68 = mul nuw nsw i64 %41, %17
  %69 = getelementptr i32, ptr %33, i64 %68
  %70 = getelementptr i8, ptr %69, i64 4
  %71 = load i32, ptr %70, align 4, !tbaa !5
  %72 = and i32 %71, %67
  %73 = mul nuw nsw i64 %41, %18
  %74 = getelementptr inbounds nuw i32, ptr %34, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !5
  %76 = sub nsw i32 %72, %75
  %77 = xor i32 %76, 3
  %78 = getelementptr i32, ptr %35, i64 %41
  %79 = getelementptr i8, ptr %78, i64 8
  store i32 %77, ptr %79, align 4, !tbaa !5
  %80 = add nuw nsw i64 %41, 2
  %81 = icmp slt i64 %80, %19
  br i1 %81, label %40, label %37, !llvm.loop !11
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
