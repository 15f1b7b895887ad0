; ModuleID = 'trisolv.c'
source_filename = "trisolv.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [24 x i8] c"sum %.12e x[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(2880000) ptr @malloc(i64 noundef 2880000) #6
  %2 = tail call noalias dereferenceable_or_null(4800) ptr @malloc(i64 noundef 4800) #6
  %3 = tail call noalias dereferenceable_or_null(4800) ptr @malloc(i64 noundef 4800) #6
  br label %5

4:                                                ; preds = %14
  tail call fastcc void @kernel_trisolv(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %33

5:                                                ; preds = %0, %14
  %6 = phi i64 [ 0, %0 ], [ %15, %14 ]
  %7 = phi i64 [ 1, %0 ], [ %16, %14 ]
  %8 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double -9.990000e+02, ptr %8, align 8, !tbaa !9
  %9 = trunc nuw nsw i64 %6 to i32
  %10 = uitofp nneg i32 %9 to double
  %11 = getelementptr inbounds nuw double, ptr %3, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = add nuw nsw i64 %6, 600
  %13 = getelementptr inbounds nuw [600 x double], ptr %1, i64 %6
  br label %18

14:                                               ; preds = %18
  %15 = add nuw nsw i64 %6, 1
  %16 = add nuw nsw i64 %7, 1
  %17 = icmp eq i64 %15, 600
  br i1 %17, label %4, label %5, !llvm.loop !11

18:                                               ; preds = %5, %18
  %19 = phi i64 [ 0, %5 ], [ %27, %18 ]
  %20 = sub nuw nsw i64 %12, %19
  %21 = trunc i64 %20 to i32
  %22 = shl i32 %21, 1
  %23 = add i32 %22, 2
  %24 = uitofp nneg i32 %23 to double
  %25 = fdiv double %24, 6.000000e+02
  %26 = getelementptr inbounds nuw double, ptr %13, i64 %19
  store double %25, ptr %26, align 8, !tbaa !9
  %27 = add nuw nsw i64 %19, 1
  %28 = icmp eq i64 %27, %7
  br i1 %28, label %14, label %18, !llvm.loop !14

29:                                               ; preds = %33
  %30 = getelementptr inbounds nuw i8, ptr %2, i64 4792
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %38, double noundef %31)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

33:                                               ; preds = %4, %33
  %34 = phi i64 [ 0, %4 ], [ %39, %33 ]
  %35 = phi double [ 0.000000e+00, %4 ], [ %38, %33 ]
  %36 = getelementptr inbounds nuw double, ptr %2, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %35, %37
  %39 = add nuw nsw i64 %34, 1
  %40 = icmp eq i64 %39, 600
  br i1 %40, label %29, label %33, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_trisolv(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1, ptr noundef readonly captures(none) %2) unnamed_addr #2 {
  br label %5

4:                                                ; preds = %14
  ret void

5:                                                ; preds = %3, %14
  %6 = phi i64 [ 0, %3 ], [ %20, %14 ]
  %7 = getelementptr inbounds nuw double, ptr %2, i64 %6
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %6
  store double %8, ptr %9, align 8, !tbaa !9
  %10 = icmp eq i64 %6, 0
  br i1 %10, label %14, label %11

11:                                               ; preds = %5
  %12 = getelementptr inbounds nuw [600 x double], ptr %0, i64 %6
  %13 = load double, ptr %9, align 8, !tbaa !9
  br label %22

14:                                               ; preds = %22, %5
  %15 = load double, ptr %9, align 8, !tbaa !9
  %16 = getelementptr inbounds nuw [600 x double], ptr %0, i64 %6
  %17 = getelementptr inbounds nuw double, ptr %16, i64 %6
  %18 = load double, ptr %17, align 8, !tbaa !9
  %19 = fdiv double %15, %18
  store double %19, ptr %9, align 8, !tbaa !9
  %20 = add nuw nsw i64 %6, 1
  %21 = icmp eq i64 %20, 600
  br i1 %21, label %4, label %5, !llvm.loop !16

22:                                               ; preds = %11, %22
  %23 = phi i64 [ 0, %11 ], [ %31, %22 ]
  %24 = phi double [ %13, %11 ], [ %30, %22 ]
  %25 = getelementptr inbounds nuw double, ptr %12, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %1, i64 %23
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = fneg double %26
  %30 = tail call double @llvm.fmuladd.f64(double %29, double %28, double %24)
  store double %30, ptr %9, align 8, !tbaa !9
  %31 = add nuw nsw i64 %23, 1
  %32 = icmp eq i64 %31, %6
  br i1 %32, label %14, label %22, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
