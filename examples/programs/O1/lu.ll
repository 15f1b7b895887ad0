; ModuleID = 'lu.c'
source_filename = "lu.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[5][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(320000) ptr @malloc(i64 noundef 320000) #6
  br label %2

2:                                                ; preds = %0, %6
  %3 = phi i64 [ 0, %0 ], [ %7, %6 ]
  %4 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %3
  br label %9

5:                                                ; preds = %6
  tail call fastcc void @kernel_lu(ptr noundef %1)
  br label %23

6:                                                ; preds = %18
  %7 = add nuw nsw i64 %3, 1
  %8 = icmp eq i64 %7, 200
  br i1 %8, label %5, label %2, !llvm.loop !9

9:                                                ; preds = %2, %18
  %10 = phi i64 [ 0, %2 ], [ %21, %18 ]
  %11 = icmp eq i64 %3, %10
  br i1 %11, label %18, label %12

12:                                               ; preds = %9
  %13 = mul nuw nsw i64 %10, %3
  %14 = trunc nuw nsw i64 %13 to i32
  %15 = urem i32 %14, 7
  %16 = uitofp nneg i32 %15 to double
  %17 = fdiv double %16, 7.000000e+00
  br label %18

18:                                               ; preds = %9, %12
  %19 = phi double [ %17, %12 ], [ 2.010000e+02, %9 ]
  %20 = getelementptr inbounds nuw double, ptr %4, i64 %10
  store double %19, ptr %20, align 8, !tbaa !12
  %21 = add nuw nsw i64 %10, 1
  %22 = icmp eq i64 %21, 200
  br i1 %22, label %6, label %9, !llvm.loop !14

23:                                               ; preds = %5, %31
  %24 = phi i64 [ 0, %5 ], [ %32, %31 ]
  %25 = phi double [ 0.000000e+00, %5 ], [ %39, %31 ]
  %26 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %24
  br label %34

27:                                               ; preds = %31
  %28 = getelementptr inbounds nuw i8, ptr %1, i64 8024
  %29 = load double, ptr %28, align 8, !tbaa !12
  %30 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %39, double noundef %29)
  tail call void @free(ptr noundef %1) #7
  ret i32 0

31:                                               ; preds = %34
  %32 = add nuw nsw i64 %24, 1
  %33 = icmp eq i64 %32, 200
  br i1 %33, label %27, label %23, !llvm.loop !15

34:                                               ; preds = %23, %34
  %35 = phi i64 [ 0, %23 ], [ %40, %34 ]
  %36 = phi double [ %25, %23 ], [ %39, %34 ]
  %37 = getelementptr inbounds nuw double, ptr %26, i64 %35
  %38 = load double, ptr %37, align 8, !tbaa !12
  %39 = fadd double %36, %38
  %40 = add nuw nsw i64 %35, 1
  %41 = icmp eq i64 %40, 200
  br i1 %41, label %31, label %34, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_lu(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %45
  %3 = phi i64 [ 0, %1 ], [ %46, %45 ]
  %4 = icmp eq i64 %3, 0
  br i1 %4, label %9, label %5

5:                                                ; preds = %2
  %6 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %3
  %7 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %3
  br label %12

8:                                                ; preds = %45
  ret void

9:                                                ; preds = %19, %2
  %10 = icmp eq i64 %3, 0
  %11 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %3
  br label %39

12:                                               ; preds = %5, %19
  %13 = phi i64 [ 0, %5 ], [ %26, %19 ]
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %19, label %15

15:                                               ; preds = %12
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %13
  %17 = getelementptr inbounds nuw double, ptr %6, i64 %13
  %18 = load double, ptr %17, align 8, !tbaa !12
  br label %28

19:                                               ; preds = %28, %12
  %20 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %13
  %21 = getelementptr inbounds nuw double, ptr %20, i64 %13
  %22 = load double, ptr %21, align 8, !tbaa !12
  %23 = getelementptr inbounds nuw double, ptr %7, i64 %13
  %24 = load double, ptr %23, align 8, !tbaa !12
  %25 = fdiv double %24, %22
  store double %25, ptr %23, align 8, !tbaa !12
  %26 = add nuw nsw i64 %13, 1
  %27 = icmp eq i64 %26, %3
  br i1 %27, label %9, label %12, !llvm.loop !17

28:                                               ; preds = %15, %28
  %29 = phi i64 [ 0, %15 ], [ %37, %28 ]
  %30 = phi double [ %18, %15 ], [ %36, %28 ]
  %31 = getelementptr inbounds nuw double, ptr %6, i64 %29
  %32 = load double, ptr %31, align 8, !tbaa !12
  %33 = getelementptr inbounds nuw [200 x double], ptr %16, i64 %29
  %34 = load double, ptr %33, align 8, !tbaa !12
  %35 = fneg double %32
  %36 = tail call double @llvm.fmuladd.f64(double %35, double %34, double %30)
  store double %36, ptr %17, align 8, !tbaa !12
  %37 = add nuw nsw i64 %29, 1
  %38 = icmp eq i64 %37, %13
  br i1 %38, label %19, label %28, !llvm.loop !18

39:                                               ; preds = %9, %48
  %40 = phi i64 [ %3, %9 ], [ %49, %48 ]
  br i1 %10, label %48, label %41

41:                                               ; preds = %39
  %42 = getelementptr inbounds nuw double, ptr %0, i64 %40
  %43 = getelementptr inbounds nuw double, ptr %11, i64 %40
  %44 = load double, ptr %43, align 8, !tbaa !12
  br label %51

45:                                               ; preds = %48
  %46 = add nuw nsw i64 %3, 1
  %47 = icmp eq i64 %46, 200
  br i1 %47, label %8, label %2, !llvm.loop !19

48:                                               ; preds = %51, %39
  %49 = add nuw nsw i64 %40, 1
  %50 = icmp eq i64 %49, 200
  br i1 %50, label %45, label %39, !llvm.loop !20

51:                                               ; preds = %41, %51
  %52 = phi i64 [ 0, %41 ], [ %60, %51 ]
  %53 = phi double [ %44, %41 ], [ %59, %51 ]
  %54 = getelementptr inbounds nuw double, ptr %11, i64 %52
  %55 = load double, ptr %54, align 8, !tbaa !12
  %56 = getelementptr inbounds nuw [200 x double], ptr %42, i64 %52
  %57 = load double, ptr %56, align 8, !tbaa !12
  %58 = fneg double %55
  %59 = tail call double @llvm.fmuladd.f64(double %58, double %57, double %53)
  store double %59, ptr %43, align 8, !tbaa !12
  %60 = add nuw nsw i64 %52, 1
  %61 = icmp eq i64 %60, %3
  br i1 %61, label %48, label %51, !llvm.loop !21
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
