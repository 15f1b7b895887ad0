; ModuleID = 'jacobi_1d.c'
source_filename = "jacobi_1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [23 x i8] c"sum %.12e A[10] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(32000) ptr @malloc(i64 noundef 32000) #5
  %2 = tail call noalias dereferenceable_or_null(32000) ptr @malloc(i64 noundef 32000) #5
  br label %4

3:                                                ; preds = %4
  tail call fastcc void @kernel_jacobi_1d(ptr noundef %1, ptr noundef %2)
  br label %22

4:                                                ; preds = %0, %4
  %5 = phi i64 [ 0, %0 ], [ %16, %4 ]
  %6 = trunc i64 %5 to i32
  %7 = add i32 %6, 2
  %8 = uitofp nneg i32 %7 to double
  %9 = fdiv double %8, 4.000000e+03
  %10 = getelementptr inbounds nuw double, ptr %1, i64 %5
  store double %9, ptr %10, align 8, !tbaa !9
  %11 = trunc i64 %5 to i32
  %12 = add i32 %11, 3
  %13 = uitofp nneg i32 %12 to double
  %14 = fdiv double %13, 4.000000e+03
  %15 = getelementptr inbounds nuw double, ptr %2, i64 %5
  store double %14, ptr %15, align 8, !tbaa !9
  %16 = add nuw nsw i64 %5, 1
  %17 = icmp eq i64 %16, 4000
  br i1 %17, label %3, label %4, !llvm.loop !11

18:                                               ; preds = %22
  %19 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %27, double noundef %20)
  tail call void @free(ptr noundef %1) #6
  tail call void @free(ptr noundef %2) #6
  ret i32 0

22:                                               ; preds = %3, %22
  %23 = phi i64 [ 0, %3 ], [ %28, %22 ]
  %24 = phi double [ 0.000000e+00, %3 ], [ %27, %22 ]
  %25 = getelementptr inbounds nuw double, ptr %1, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fadd double %24, %26
  %28 = add nuw nsw i64 %23, 1
  %29 = icmp eq i64 %28, 4000
  br i1 %29, label %18, label %22, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_jacobi_1d(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %20
  %4 = phi i32 [ 0, %2 ], [ %21, %20 ]
  br label %6

5:                                                ; preds = %20
  ret void

6:                                                ; preds = %3, %6
  %7 = phi i64 [ 1, %3 ], [ %13, %6 ]
  %8 = getelementptr double, ptr %0, i64 %7
  %9 = getelementptr i8, ptr %8, i64 -8
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = load double, ptr %8, align 8, !tbaa !9
  %12 = fadd double %10, %11
  %13 = add nuw nsw i64 %7, 1
  %14 = getelementptr inbounds nuw double, ptr %0, i64 %13
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = fadd double %12, %15
  %17 = fmul double %16, 3.333300e-01
  %18 = getelementptr inbounds nuw double, ptr %1, i64 %7
  store double %17, ptr %18, align 8, !tbaa !9
  %19 = icmp eq i64 %13, 3999
  br i1 %19, label %23, label %6, !llvm.loop !15

20:                                               ; preds = %23
  %21 = add nuw nsw i32 %4, 1
  %22 = icmp eq i32 %21, 100
  br i1 %22, label %5, label %3, !llvm.loop !16

23:                                               ; preds = %6, %23
  %24 = phi i64 [ %30, %23 ], [ 1, %6 ]
  %25 = getelementptr double, ptr %1, i64 %24
  %26 = getelementptr i8, ptr %25, i64 -8
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = load double, ptr %25, align 8, !tbaa !9
  %29 = fadd double %27, %28
  %30 = add nuw nsw i64 %24, 1
  %31 = getelementptr inbounds nuw double, ptr %1, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = fadd double %29, %32
  %34 = fmul double %33, 3.333300e-01
  %35 = getelementptr inbounds nuw double, ptr %0, i64 %24
  store double %34, ptr %35, align 8, !tbaa !9
  %36 = icmp eq i64 %30, 3999
  br i1 %36, label %20, label %23, !llvm.loop !17
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
