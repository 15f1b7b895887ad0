; ModuleID = 'trmm.c'
source_filename = "trmm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e B[2][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(204800) ptr @malloc(i64 noundef 204800) #7
  %2 = tail call noalias dereferenceable_or_null(243200) ptr @malloc(i64 noundef 243200) #7
  br label %3

3:                                                ; preds = %0, %80
  %4 = phi i64 [ 0, %0 ], [ %54, %80 ]
  %5 = mul nuw nsw i64 %4, 1288
  %6 = getelementptr i8, ptr %1, i64 %5
  %7 = getelementptr i8, ptr %6, i64 8
  %8 = shl i64 %4, 3
  %9 = sub i64 1264, %8
  %10 = and i64 %9, 34359738360
  %11 = add nuw nsw i64 %10, 8
  %12 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %4
  switch i64 %4, label %13 [
    i64 0, label %33
    i64 1, label %31
  ]

13:                                               ; preds = %3
  %14 = and i64 %4, -2
  %15 = insertelement <2 x i64> poison, i64 %4, i64 0
  %16 = shufflevector <2 x i64> %15, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %17

17:                                               ; preds = %17, %13
  %18 = phi i64 [ 0, %13 ], [ %26, %17 ]
  %19 = phi <2 x i64> [ <i64 0, i64 1>, %13 ], [ %27, %17 ]
  %20 = add nuw nsw <2 x i64> %19, %16
  %21 = trunc nuw nsw <2 x i64> %20 to <2 x i32>
  %22 = urem <2 x i32> %21, splat (i32 160)
  %23 = uitofp nneg <2 x i32> %22 to <2 x double>
  %24 = fdiv <2 x double> %23, splat (double 1.600000e+02)
  %25 = getelementptr inbounds nuw double, ptr %12, i64 %18
  store <2 x double> %24, ptr %25, align 8, !tbaa !9
  %26 = add nuw i64 %18, 2
  %27 = add nuw nsw <2 x i64> %19, splat (i64 2)
  %28 = icmp eq i64 %26, %14
  br i1 %28, label %29, label %17, !llvm.loop !11

29:                                               ; preds = %17
  %30 = icmp eq i64 %4, %14
  br i1 %30, label %36, label %31

31:                                               ; preds = %3, %29
  %32 = phi i64 [ 0, %3 ], [ %14, %29 ]
  br label %43

33:                                               ; preds = %3
  %34 = getelementptr inbounds nuw double, ptr %12, i64 %4
  store double 1.000000e+00, ptr %34, align 8, !tbaa !9
  br label %41

35:                                               ; preds = %80
  tail call fastcc void @kernel_trmm(ptr noundef nonnull %1, ptr noundef nonnull %2)
  br label %82

36:                                               ; preds = %43, %29
  %37 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %4
  %38 = getelementptr inbounds nuw double, ptr %37, i64 %4
  store double 1.000000e+00, ptr %38, align 8, !tbaa !9
  %39 = add nuw nsw i64 %4, 1
  %40 = icmp samesign ult i64 %4, 159
  br i1 %40, label %41, label %53

41:                                               ; preds = %33, %36
  %42 = phi i64 [ 1, %33 ], [ %39, %36 ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(1) %7, i8 0, i64 %11, i1 false), !tbaa !9
  br label %53

43:                                               ; preds = %31, %43
  %44 = phi i64 [ %51, %43 ], [ %32, %31 ]
  %45 = add nuw nsw i64 %44, %4
  %46 = trunc nuw nsw i64 %45 to i32
  %47 = urem i32 %46, 160
  %48 = uitofp nneg i32 %47 to double
  %49 = fdiv double %48, 1.600000e+02
  %50 = getelementptr inbounds nuw double, ptr %12, i64 %44
  store double %49, ptr %50, align 8, !tbaa !9
  %51 = add nuw nsw i64 %44, 1
  %52 = icmp eq i64 %51, %4
  br i1 %52, label %36, label %43, !llvm.loop !15

53:                                               ; preds = %41, %36
  %54 = phi i64 [ %42, %41 ], [ %39, %36 ]
  %55 = getelementptr inbounds nuw [190 x double], ptr %2, i64 %4
  %56 = add nuw nsw i64 %4, 190
  %57 = insertelement <2 x i64> poison, i64 %56, i64 0
  %58 = shufflevector <2 x i64> %57, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %59

59:                                               ; preds = %69, %53
  %60 = phi i64 [ 0, %53 ], [ %78, %69 ]
  %61 = phi <2 x i64> [ <i64 0, i64 1>, %53 ], [ %79, %69 ]
  %62 = sub nuw nsw <2 x i64> %58, %61
  %63 = trunc nuw nsw <2 x i64> %62 to <2 x i32>
  %64 = urem <2 x i32> %63, splat (i32 190)
  %65 = uitofp nneg <2 x i32> %64 to <2 x double>
  %66 = fdiv <2 x double> %65, splat (double 1.900000e+02)
  %67 = getelementptr inbounds nuw double, ptr %55, i64 %60
  store <2 x double> %66, ptr %67, align 8, !tbaa !9
  %68 = icmp eq i64 %60, 188
  br i1 %68, label %80, label %69, !llvm.loop !16

69:                                               ; preds = %59
  %70 = add nuw nsw <2 x i64> %61, splat (i64 2)
  %71 = sub nuw nsw <2 x i64> %58, %70
  %72 = trunc nuw nsw <2 x i64> %71 to <2 x i32>
  %73 = urem <2 x i32> %72, splat (i32 190)
  %74 = uitofp nneg <2 x i32> %73 to <2 x double>
  %75 = fdiv <2 x double> %74, splat (double 1.900000e+02)
  %76 = getelementptr inbounds nuw double, ptr %55, i64 %60
  %77 = getelementptr inbounds nuw i8, ptr %76, i64 16
  store <2 x double> %75, ptr %77, align 8, !tbaa !9
  %78 = add nuw nsw i64 %60, 4
  %79 = add nuw nsw <2 x i64> %61, splat (i64 4)
  br label %59

80:                                               ; preds = %59
  %81 = icmp eq i64 %54, 160
  br i1 %81, label %35, label %3, !llvm.loop !17

82:                                               ; preds = %35, %90
  %83 = phi i64 [ 0, %35 ], [ %91, %90 ]
  %84 = phi double [ 0.000000e+00, %35 ], [ %114, %90 ]
  %85 = getelementptr inbounds nuw [190 x double], ptr %2, i64 %83
  br label %93

86:                                               ; preds = %90
  %87 = getelementptr inbounds nuw i8, ptr %2, i64 3064
  %88 = load double, ptr %87, align 8, !tbaa !9
  %89 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %114, double noundef %88)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  ret i32 0

90:                                               ; preds = %93
  %91 = add nuw nsw i64 %83, 1
  %92 = icmp eq i64 %91, 160
  br i1 %92, label %86, label %82, !llvm.loop !18

93:                                               ; preds = %93, %82
  %94 = phi i64 [ 0, %82 ], [ %115, %93 ]
  %95 = phi double [ %84, %82 ], [ %114, %93 ]
  %96 = getelementptr inbounds nuw double, ptr %85, i64 %94
  %97 = load double, ptr %96, align 8, !tbaa !9
  %98 = fadd double %95, %97
  %99 = getelementptr inbounds nuw double, ptr %85, i64 %94
  %100 = getelementptr inbounds nuw i8, ptr %99, i64 8
  %101 = load double, ptr %100, align 8, !tbaa !9
  %102 = fadd double %98, %101
  %103 = getelementptr inbounds nuw double, ptr %85, i64 %94
  %104 = getelementptr inbounds nuw i8, ptr %103, i64 16
  %105 = load double, ptr %104, align 8, !tbaa !9
  %106 = fadd double %102, %105
  %107 = getelementptr inbounds nuw double, ptr %85, i64 %94
  %108 = getelementptr inbounds nuw i8, ptr %107, i64 24
  %109 = load double, ptr %108, align 8, !tbaa !9
  %110 = fadd double %106, %109
  %111 = getelementptr inbounds nuw double, ptr %85, i64 %94
  %112 = getelementptr inbounds nuw i8, ptr %111, i64 32
  %113 = load double, ptr %112, align 8, !tbaa !9
  %114 = fadd double %110, %113
  %115 = add nuw nsw i64 %94, 5
  %116 = icmp eq i64 %115, 190
  br i1 %116, label %90, label %93, !llvm.loop !19
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_trmm(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %32
  %4 = phi i64 [ 0, %2 ], [ %33, %32 ]
  %5 = icmp samesign ult i64 %4, 159
  %6 = getelementptr inbounds nuw [190 x double], ptr %1, i64 %4
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %8 = and i64 %4, 1
  %9 = icmp eq i64 %8, 0
  %10 = or disjoint i64 %4, 1
  %11 = getelementptr inbounds nuw [160 x double], ptr %7, i64 %10
  %12 = icmp eq i64 %4, 158
  br label %14

13:                                               ; preds = %32
  ret void

14:                                               ; preds = %3, %35
  %15 = phi i64 [ 0, %3 ], [ %39, %35 ]
  br i1 %5, label %19, label %16

16:                                               ; preds = %14
  %17 = getelementptr inbounds nuw double, ptr %6, i64 %15
  %18 = load double, ptr %17, align 8, !tbaa !9
  br label %35

19:                                               ; preds = %14
  %20 = getelementptr inbounds nuw double, ptr %1, i64 %15
  %21 = getelementptr inbounds nuw double, ptr %6, i64 %15
  %22 = load double, ptr %21, align 8, !tbaa !9
  br i1 %9, label %23, label %28

23:                                               ; preds = %19
  %24 = load double, ptr %11, align 8, !tbaa !9
  %25 = getelementptr inbounds nuw [190 x double], ptr %20, i64 %10
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = tail call double @llvm.fmuladd.f64(double %24, double %26, double %22)
  store double %27, ptr %21, align 8, !tbaa !9
  br label %28

28:                                               ; preds = %23, %19
  %29 = phi double [ poison, %19 ], [ %27, %23 ]
  %30 = phi i64 [ %4, %19 ], [ %10, %23 ]
  %31 = phi double [ %22, %19 ], [ %27, %23 ]
  br i1 %12, label %35, label %41

32:                                               ; preds = %35
  %33 = add nuw nsw i64 %4, 1
  %34 = icmp eq i64 %33, 160
  br i1 %34, label %13, label %3, !llvm.loop !20

35:                                               ; preds = %28, %41, %16
  %36 = phi double [ %18, %16 ], [ %29, %28 ], [ %55, %41 ]
  %37 = getelementptr inbounds nuw double, ptr %6, i64 %15
  %38 = fmul double %36, 1.500000e+00
  store double %38, ptr %37, align 8, !tbaa !9
  %39 = add nuw nsw i64 %15, 1
  %40 = icmp eq i64 %39, 190
  br i1 %40, label %32, label %14, !llvm.loop !21

41:                                               ; preds = %28, %41
  %42 = phi i64 [ %50, %41 ], [ %30, %28 ]
  %43 = phi double [ %55, %41 ], [ %31, %28 ]
  %44 = add nuw nsw i64 %42, 1
  %45 = getelementptr inbounds nuw [160 x double], ptr %7, i64 %44
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = getelementptr inbounds nuw [190 x double], ptr %20, i64 %44
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = tail call double @llvm.fmuladd.f64(double %46, double %48, double %43)
  store double %49, ptr %21, align 8, !tbaa !9
  %50 = add nuw nsw i64 %42, 2
  %51 = getelementptr inbounds nuw [160 x double], ptr %7, i64 %50
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = getelementptr inbounds nuw [190 x double], ptr %20, i64 %50
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = tail call double @llvm.fmuladd.f64(double %52, double %54, double %49)
  store double %55, ptr %21, align 8, !tbaa !9
  %56 = icmp eq i64 %50, 159
  br i1 %56, label %35, label %41, !llvm.loop !22
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12, !14, !13}
!16 = distinct !{!16, !12, !13, !14}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
