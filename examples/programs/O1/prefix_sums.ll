; ModuleID = 'prefix_sums.c'
source_filename = "prefix_sums.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"P[N-1][M-1] %.12e P[10][20] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(1600000) ptr @malloc(i64 noundef 1600000) #5
  %2 = tail call noalias dereferenceable_or_null(1600000) ptr @malloc(i64 noundef 1600000) #5
  br label %3

3:                                                ; preds = %0, %13
  %4 = phi i64 [ 0, %0 ], [ %14, %13 ]
  %5 = mul nuw nsw i64 %4, 3
  %6 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %4
  br label %16

7:                                                ; preds = %13
  tail call fastcc void @kernel_row_prefix(ptr noundef %1, ptr noundef %2)
  tail call fastcc void @kernel_col_prefix(ptr noundef %2)
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 1599992
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 40160
  %11 = load double, ptr %10, align 8, !tbaa !9
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %9, double noundef %11)
  tail call void @free(ptr noundef %1) #6
  tail call void @free(ptr noundef %2) #6
  ret i32 0

13:                                               ; preds = %16
  %14 = add nuw nsw i64 %4, 1
  %15 = icmp eq i64 %14, 400
  br i1 %15, label %7, label %3, !llvm.loop !11

16:                                               ; preds = %3, %16
  %17 = phi i64 [ 0, %3 ], [ %24, %16 ]
  %18 = add nuw nsw i64 %17, %5
  %19 = trunc nuw nsw i64 %18 to i32
  %20 = urem i32 %19, 10
  %21 = uitofp nneg i32 %20 to double
  %22 = fdiv double %21, 1.000000e+01
  %23 = getelementptr inbounds nuw double, ptr %6, i64 %17
  store double %22, ptr %23, align 8, !tbaa !9
  %24 = add nuw nsw i64 %17, 1
  %25 = icmp eq i64 %24, 500
  br i1 %25, label %13, label %16, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_row_prefix(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %4

3:                                                ; preds = %12
  ret void

4:                                                ; preds = %2, %12
  %5 = phi i64 [ 0, %2 ], [ %13, %12 ]
  %6 = mul nuw nsw i64 %5, 4000
  %7 = getelementptr nuw i8, ptr %1, i64 %6
  %8 = getelementptr inbounds nuw [500 x double], ptr %0, i64 %5
  %9 = load double, ptr %8, align 8, !tbaa !9
  %10 = getelementptr inbounds nuw [500 x double], ptr %1, i64 %5
  store double %9, ptr %10, align 8, !tbaa !9
  %11 = load double, ptr %7, align 8
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %5, 1
  %14 = icmp eq i64 %13, 400
  br i1 %14, label %3, label %4, !llvm.loop !15

15:                                               ; preds = %4, %15
  %16 = phi double [ %11, %4 ], [ %21, %15 ]
  %17 = phi i64 [ 1, %4 ], [ %22, %15 ]
  %18 = getelementptr double, ptr %10, i64 %17
  %19 = getelementptr inbounds nuw double, ptr %8, i64 %17
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = fadd double %16, %20
  store double %21, ptr %18, align 8, !tbaa !9
  %22 = add nuw nsw i64 %17, 1
  %23 = icmp eq i64 %22, 500
  br i1 %23, label %12, label %15, !llvm.loop !16
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_col_prefix(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %7
  %3 = phi i64 [ 1, %1 ], [ %8, %7 ]
  %4 = getelementptr [500 x double], ptr %0, i64 %3
  %5 = getelementptr i8, ptr %4, i64 -4000
  br label %10

6:                                                ; preds = %7
  ret void

7:                                                ; preds = %10
  %8 = add nuw nsw i64 %3, 1
  %9 = icmp eq i64 %8, 400
  br i1 %9, label %6, label %2, !llvm.loop !17

10:                                               ; preds = %2, %10
  %11 = phi i64 [ 0, %2 ], [ %17, %10 ]
  %12 = getelementptr inbounds nuw double, ptr %5, i64 %11
  %13 = load double, ptr %12, align 8, !tbaa !9
  %14 = getelementptr inbounds nuw double, ptr %4, i64 %11
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = fadd double %13, %15
  store double %16, ptr %14, align 8, !tbaa !9
  %17 = add nuw nsw i64 %11, 1
  %18 = icmp eq i64 %17, 500
  br i1 %18, label %7, label %10, !llvm.loop !18
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = distinct !{!18, !12, !13}
