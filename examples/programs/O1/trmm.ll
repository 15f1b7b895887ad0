; ModuleID = 'trmm.c'
source_filename = "trmm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e B[2][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(204800) ptr @malloc(i64 noundef 204800) #7
  %2 = tail call noalias dereferenceable_or_null(243200) ptr @malloc(i64 noundef 243200) #7
  br label %5

3:                                                ; preds = %37
  %4 = icmp eq i64 %21, 160
  br i1 %4, label %17, label %5, !llvm.loop !9

5:                                                ; preds = %0, %3
  %6 = phi i64 [ 0, %0 ], [ %21, %3 ]
  %7 = mul nuw nsw i64 %6, 1288
  %8 = getelementptr i8, ptr %1, i64 %7
  %9 = getelementptr i8, ptr %8, i64 8
  %10 = shl i64 %6, 3
  %11 = sub i64 1264, %10
  %12 = and i64 %11, 34359738360
  %13 = add nuw nsw i64 %12, 8
  %14 = icmp eq i64 %6, 0
  br i1 %14, label %18, label %15

15:                                               ; preds = %5
  %16 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %6
  br label %24

17:                                               ; preds = %3
  tail call fastcc void @kernel_trmm(ptr noundef %1, ptr noundef %2)
  br label %47

18:                                               ; preds = %24, %5
  %19 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %6
  %20 = getelementptr inbounds nuw double, ptr %19, i64 %6
  store double 1.000000e+00, ptr %20, align 8, !tbaa !12
  %21 = add nuw nsw i64 %6, 1
  %22 = icmp samesign ult i64 %6, 159
  br i1 %22, label %23, label %34

23:                                               ; preds = %18
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(1) %9, i8 0, i64 %13, i1 false), !tbaa !12
  br label %34

24:                                               ; preds = %15, %24
  %25 = phi i64 [ 0, %15 ], [ %32, %24 ]
  %26 = add nuw nsw i64 %25, %6
  %27 = trunc nuw nsw i64 %26 to i32
  %28 = urem i32 %27, 160
  %29 = uitofp nneg i32 %28 to double
  %30 = fdiv double %29, 1.600000e+02
  %31 = getelementptr inbounds nuw double, ptr %16, i64 %25
  store double %30, ptr %31, align 8, !tbaa !12
  %32 = add nuw nsw i64 %25, 1
  %33 = icmp eq i64 %32, %6
  br i1 %33, label %18, label %24, !llvm.loop !14

34:                                               ; preds = %23, %18
  %35 = add nuw nsw i64 %6, 190
  %36 = getelementptr inbounds nuw [190 x double], ptr %2, i64 %6
  br label %37

37:                                               ; preds = %34, %37
  %38 = phi i64 [ 0, %34 ], [ %45, %37 ]
  %39 = sub nuw nsw i64 %35, %38
  %40 = trunc nuw nsw i64 %39 to i32
  %41 = urem i32 %40, 190
  %42 = uitofp nneg i32 %41 to double
  %43 = fdiv double %42, 1.900000e+02
  %44 = getelementptr inbounds nuw double, ptr %36, i64 %38
  store double %43, ptr %44, align 8, !tbaa !12
  %45 = add nuw nsw i64 %38, 1
  %46 = icmp eq i64 %45, 190
  br i1 %46, label %3, label %37, !llvm.loop !15

47:                                               ; preds = %17, %55
  %48 = phi i64 [ 0, %17 ], [ %56, %55 ]
  %49 = phi double [ 0.000000e+00, %17 ], [ %63, %55 ]
  %50 = getelementptr inbounds nuw [190 x double], ptr %2, i64 %48
  br label %58

51:                                               ; preds = %55
  %52 = getelementptr inbounds nuw i8, ptr %2, i64 3064
  %53 = load double, ptr %52, align 8, !tbaa !12
  %54 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %63, double noundef %53)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  ret i32 0

55:                                               ; preds = %58
  %56 = add nuw nsw i64 %48, 1
  %57 = icmp eq i64 %56, 160
  br i1 %57, label %51, label %47, !llvm.loop !16

58:                                               ; preds = %47, %58
  %59 = phi i64 [ 0, %47 ], [ %64, %58 ]
  %60 = phi double [ %49, %47 ], [ %63, %58 ]
  %61 = getelementptr inbounds nuw double, ptr %50, i64 %59
  %62 = load double, ptr %61, align 8, !tbaa !12
  %63 = fadd double %60, %62
  %64 = add nuw nsw i64 %59, 1
  %65 = icmp eq i64 %64, 190
  br i1 %65, label %55, label %58, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_trmm(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %16
  %4 = phi i64 [ 0, %2 ], [ %17, %16 ]
  %5 = icmp samesign ult i64 %4, 159
  %6 = getelementptr inbounds nuw [190 x double], ptr %1, i64 %4
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %8 = getelementptr inbounds nuw [190 x double], ptr %1, i64 %4
  br label %10

9:                                                ; preds = %16
  ret void

10:                                               ; preds = %3, %19
  %11 = phi i64 [ 0, %3 ], [ %23, %19 ]
  br i1 %5, label %12, label %19

12:                                               ; preds = %10
  %13 = getelementptr inbounds nuw double, ptr %1, i64 %11
  %14 = getelementptr inbounds nuw double, ptr %8, i64 %11
  %15 = load double, ptr %14, align 8, !tbaa !12
  br label %25

16:                                               ; preds = %19
  %17 = add nuw nsw i64 %4, 1
  %18 = icmp eq i64 %17, 160
  br i1 %18, label %9, label %3, !llvm.loop !18

19:                                               ; preds = %25, %10
  %20 = getelementptr inbounds nuw double, ptr %6, i64 %11
  %21 = load double, ptr %20, align 8, !tbaa !12
  %22 = fmul double %21, 1.500000e+00
  store double %22, ptr %20, align 8, !tbaa !12
  %23 = add nuw nsw i64 %11, 1
  %24 = icmp eq i64 %23, 190
  br i1 %24, label %16, label %10, !llvm.loop !19

25:                                               ; preds = %12, %25
  %26 = phi i64 [ %4, %12 ], [ %28, %25 ]
  %27 = phi double [ %15, %12 ], [ %33, %25 ]
  %28 = add nuw nsw i64 %26, 1
  %29 = getelementptr inbounds nuw [160 x double], ptr %7, i64 %28
  %30 = load double, ptr %29, align 8, !tbaa !12
  %31 = getelementptr inbounds nuw [190 x double], ptr %13, i64 %28
  %32 = load double, ptr %31, align 8, !tbaa !12
  %33 = tail call double @llvm.fmuladd.f64(double %30, double %32, double %27)
  store double %33, ptr %14, align 8, !tbaa !12
  %34 = icmp eq i64 %28, 159
  br i1 %34, label %19, label %25, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: write) }
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
