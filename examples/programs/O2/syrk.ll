; ModuleID = 'syrk.c'
source_filename = "syrk.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e C[9][4] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(320000) ptr @malloc(i64 noundef 320000) #7
  %2 = tail call noalias dereferenceable_or_null(256000) ptr @malloc(i64 noundef 256000) #7
  br label %3

3:                                                ; preds = %0, %39
  %4 = phi i64 [ 0, %0 ], [ %40, %39 ]
  %5 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %4
  %6 = insertelement <2 x i64> poison, i64 %4, i64 0
  %7 = shufflevector <2 x i64> %6, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %8

8:                                                ; preds = %8, %3
  %9 = phi i64 [ 0, %3 ], [ %18, %8 ]
  %10 = phi <2 x i64> [ <i64 0, i64 1>, %3 ], [ %19, %8 ]
  %11 = mul nuw nsw <2 x i64> %10, %7
  %12 = trunc <2 x i64> %11 to <2 x i32>
  %13 = add <2 x i32> %12, splat (i32 1)
  %14 = urem <2 x i32> %13, splat (i32 200)
  %15 = uitofp nneg <2 x i32> %14 to <2 x double>
  %16 = fdiv <2 x double> %15, splat (double 2.000000e+02)
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %9
  store <2 x double> %16, ptr %17, align 8, !tbaa !9
  %18 = add nuw i64 %9, 2
  %19 = add nuw nsw <2 x i64> %10, splat (i64 2)
  %20 = icmp eq i64 %18, 160
  br i1 %20, label %22, label %8, !llvm.loop !11

21:                                               ; preds = %39
  tail call fastcc void @kernel_syrk(ptr noundef nonnull %1, ptr noundef nonnull %2)
  br label %42

22:                                               ; preds = %8
  %23 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %4
  %24 = insertelement <2 x i64> poison, i64 %4, i64 0
  %25 = shufflevector <2 x i64> %24, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %26

26:                                               ; preds = %26, %22
  %27 = phi i64 [ 0, %22 ], [ %36, %26 ]
  %28 = phi <2 x i64> [ <i64 0, i64 1>, %22 ], [ %37, %26 ]
  %29 = mul nuw nsw <2 x i64> %28, %25
  %30 = trunc <2 x i64> %29 to <2 x i32>
  %31 = add <2 x i32> %30, splat (i32 2)
  %32 = urem <2 x i32> %31, splat (i32 160)
  %33 = uitofp nneg <2 x i32> %32 to <2 x double>
  %34 = fdiv <2 x double> %33, splat (double 1.600000e+02)
  %35 = getelementptr inbounds nuw double, ptr %23, i64 %27
  store <2 x double> %34, ptr %35, align 8, !tbaa !9
  %36 = add nuw i64 %27, 2
  %37 = add nuw nsw <2 x i64> %28, splat (i64 2)
  %38 = icmp eq i64 %36, 200
  br i1 %38, label %39, label %26, !llvm.loop !15

39:                                               ; preds = %26
  %40 = add nuw nsw i64 %4, 1
  %41 = icmp eq i64 %40, 200
  br i1 %41, label %21, label %3, !llvm.loop !16

42:                                               ; preds = %21, %50
  %43 = phi i64 [ 0, %21 ], [ %51, %50 ]
  %44 = phi double [ 0.000000e+00, %21 ], [ %86, %50 ]
  %45 = getelementptr inbounds nuw [200 x double], ptr %1, i64 %43
  br label %53

46:                                               ; preds = %50
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 14432
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %86, double noundef %48)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef %2) #8
  ret i32 0

50:                                               ; preds = %53
  %51 = add nuw nsw i64 %43, 1
  %52 = icmp eq i64 %51, 200
  br i1 %52, label %46, label %42, !llvm.loop !17

53:                                               ; preds = %53, %42
  %54 = phi i64 [ 0, %42 ], [ %87, %53 ]
  %55 = phi double [ %44, %42 ], [ %86, %53 ]
  %56 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %55, %57
  %59 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 8
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 16
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 24
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 32
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %70, %73
  %75 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 40
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %74, %77
  %79 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 48
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = fadd double %78, %81
  %83 = getelementptr inbounds nuw double, ptr %45, i64 %54
  %84 = getelementptr inbounds nuw i8, ptr %83, i64 56
  %85 = load double, ptr %84, align 8, !tbaa !9
  %86 = fadd double %82, %85
  %87 = add nuw nsw i64 %54, 8
  %88 = icmp eq i64 %87, 200
  br i1 %88, label %50, label %53, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_syrk(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %105
  %4 = phi i64 [ 0, %2 ], [ %106, %105 ]
  %5 = phi i64 [ 1, %2 ], [ %107, %105 ]
  %6 = mul nuw nsw i64 %4, 1600
  %7 = getelementptr nuw i8, ptr %0, i64 %6
  %8 = mul nuw nsw i64 %4, 1608
  %9 = getelementptr i8, ptr %0, i64 %8
  %10 = getelementptr i8, ptr %9, i64 8
  %11 = mul nuw nsw i64 %4, 1280
  %12 = getelementptr i8, ptr %1, i64 %11
  %13 = getelementptr i8, ptr %12, i64 1280
  %14 = getelementptr i8, ptr %1, i64 %11
  %15 = getelementptr inbounds nuw [200 x double], ptr %0, i64 %4
  %16 = icmp samesign ult i64 %5, 4
  br i1 %16, label %31, label %17

17:                                               ; preds = %3
  %18 = and i64 %5, 9223372036854775804
  br label %19

19:                                               ; preds = %19, %17
  %20 = phi i64 [ 0, %17 ], [ %27, %19 ]
  %21 = getelementptr inbounds nuw double, ptr %15, i64 %20
  %22 = getelementptr inbounds nuw i8, ptr %21, i64 16
  %23 = load <2 x double>, ptr %21, align 8, !tbaa !9
  %24 = load <2 x double>, ptr %22, align 8, !tbaa !9
  %25 = fmul <2 x double> %23, splat (double 1.200000e+00)
  %26 = fmul <2 x double> %24, splat (double 1.200000e+00)
  store <2 x double> %25, ptr %21, align 8, !tbaa !9
  store <2 x double> %26, ptr %22, align 8, !tbaa !9
  %27 = add nuw i64 %20, 4
  %28 = icmp eq i64 %27, %18
  br i1 %28, label %29, label %19, !llvm.loop !19

29:                                               ; preds = %19
  %30 = icmp eq i64 %5, %18
  br i1 %30, label %34, label %31

31:                                               ; preds = %3, %29
  %32 = phi i64 [ 0, %3 ], [ %18, %29 ]
  br label %48

33:                                               ; preds = %105
  ret void

34:                                               ; preds = %48, %29
  %35 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %4
  %36 = icmp samesign ult i64 %5, 4
  %37 = icmp ult ptr %7, %13
  %38 = icmp ult ptr %1, %10
  %39 = and i1 %37, %38
  %40 = icmp ult ptr %7, %13
  %41 = icmp ult ptr %14, %10
  %42 = and i1 %40, %41
  %43 = or i1 %39, %42
  %44 = and i64 %5, 9223372036854775804
  %45 = icmp eq i64 %5, %44
  %46 = and i64 %5, 1
  %47 = icmp eq i64 %46, 0
  br label %55

48:                                               ; preds = %31, %48
  %49 = phi i64 [ %53, %48 ], [ %32, %31 ]
  %50 = getelementptr inbounds nuw double, ptr %15, i64 %49
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fmul double %51, 1.200000e+00
  store double %52, ptr %50, align 8, !tbaa !9
  %53 = add nuw nsw i64 %49, 1
  %54 = icmp eq i64 %53, %5
  br i1 %54, label %34, label %48, !llvm.loop !20

55:                                               ; preds = %34, %109
  %56 = phi i64 [ 0, %34 ], [ %110, %109 ]
  %57 = getelementptr inbounds nuw double, ptr %35, i64 %56
  %58 = getelementptr inbounds nuw double, ptr %1, i64 %56
  %59 = select i1 %36, i1 true, i1 %43
  br i1 %59, label %91, label %60

60:                                               ; preds = %55
  %61 = load double, ptr %57, align 8, !tbaa !9, !alias.scope !21
  %62 = fmul double %61, 1.500000e+00
  %63 = insertelement <2 x double> poison, double %62, i64 0
  %64 = shufflevector <2 x double> %63, <2 x double> poison, <2 x i32> zeroinitializer
  br label %65

65:                                               ; preds = %65, %60
  %66 = phi i64 [ 0, %60 ], [ %88, %65 ]
  %67 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %66
  %68 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %66
  %69 = getelementptr inbounds nuw i8, ptr %68, i64 1280
  %70 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %66
  %71 = getelementptr inbounds nuw i8, ptr %70, i64 2560
  %72 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %66
  %73 = getelementptr inbounds nuw i8, ptr %72, i64 3840
  %74 = load double, ptr %67, align 8, !tbaa !9, !alias.scope !24
  %75 = load double, ptr %69, align 8, !tbaa !9, !alias.scope !24
  %76 = insertelement <2 x double> poison, double %74, i64 0
  %77 = insertelement <2 x double> %76, double %75, i64 1
  %78 = load double, ptr %71, align 8, !tbaa !9, !alias.scope !24
  %79 = load double, ptr %73, align 8, !tbaa !9, !alias.scope !24
  %80 = insertelement <2 x double> poison, double %78, i64 0
  %81 = insertelement <2 x double> %80, double %79, i64 1
  %82 = getelementptr inbounds nuw double, ptr %15, i64 %66
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 16
  %84 = load <2 x double>, ptr %82, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %85 = load <2 x double>, ptr %83, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %86 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %64, <2 x double> %77, <2 x double> %84)
  %87 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %64, <2 x double> %81, <2 x double> %85)
  store <2 x double> %86, ptr %82, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  store <2 x double> %87, ptr %83, align 8, !tbaa !9, !alias.scope !26, !noalias !28
  %88 = add nuw i64 %66, 4
  %89 = icmp eq i64 %88, %44
  br i1 %89, label %90, label %65, !llvm.loop !29

90:                                               ; preds = %65
  br i1 %45, label %109, label %91

91:                                               ; preds = %55, %90
  %92 = phi i64 [ %44, %90 ], [ 0, %55 ]
  br i1 %47, label %102, label %93

93:                                               ; preds = %91
  %94 = load double, ptr %57, align 8, !tbaa !9
  %95 = fmul double %94, 1.500000e+00
  %96 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %92
  %97 = load double, ptr %96, align 8, !tbaa !9
  %98 = getelementptr inbounds nuw double, ptr %15, i64 %92
  %99 = load double, ptr %98, align 8, !tbaa !9
  %100 = tail call double @llvm.fmuladd.f64(double %95, double %97, double %99)
  store double %100, ptr %98, align 8, !tbaa !9
  %101 = or disjoint i64 %92, 1
  br label %102

102:                                              ; preds = %93, %91
  %103 = phi i64 [ %92, %91 ], [ %101, %93 ]
  %104 = icmp eq i64 %4, %92
  br i1 %104, label %109, label %112

105:                                              ; preds = %109
  %106 = add nuw nsw i64 %4, 1
  %107 = add nuw nsw i64 %5, 1
  %108 = icmp eq i64 %106, 200
  br i1 %108, label %33, label %3, !llvm.loop !30

109:                                              ; preds = %102, %112, %90
  %110 = add nuw nsw i64 %56, 1
  %111 = icmp eq i64 %110, 160
  br i1 %111, label %105, label %55, !llvm.loop !31

112:                                              ; preds = %102, %112
  %113 = phi i64 [ %129, %112 ], [ %103, %102 ]
  %114 = load double, ptr %57, align 8, !tbaa !9
  %115 = fmul double %114, 1.500000e+00
  %116 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %113
  %117 = load double, ptr %116, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw double, ptr %15, i64 %113
  %119 = load double, ptr %118, align 8, !tbaa !9
  %120 = tail call double @llvm.fmuladd.f64(double %115, double %117, double %119)
  store double %120, ptr %118, align 8, !tbaa !9
  %121 = add nuw nsw i64 %113, 1
  %122 = load double, ptr %57, align 8, !tbaa !9
  %123 = fmul double %122, 1.500000e+00
  %124 = getelementptr inbounds nuw [160 x double], ptr %58, i64 %121
  %125 = load double, ptr %124, align 8, !tbaa !9
  %126 = getelementptr inbounds nuw double, ptr %15, i64 %121
  %127 = load double, ptr %126, align 8, !tbaa !9
  %128 = tail call double @llvm.fmuladd.f64(double %123, double %125, double %127)
  store double %128, ptr %126, align 8, !tbaa !9
  %129 = add nuw nsw i64 %113, 2
  %130 = icmp eq i64 %129, %5
  br i1 %130, label %109, label %112, !llvm.loop !32
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!15 = distinct !{!15, !12, !13, !14}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12, !13, !14}
!20 = distinct !{!20, !12, !14, !13}
!21 = !{!22}
!22 = distinct !{!22, !23}
!23 = distinct !{!23, !"LVerDomain"}
!24 = !{!25}
!25 = distinct !{!25, !23}
!26 = !{!27}
!27 = distinct !{!27, !23}
!28 = !{!25, !22}
!29 = distinct !{!29, !12, !13, !14}
!30 = distinct !{!30, !12}
!31 = distinct !{!31, !12}
!32 = distinct !{!32, !12, !13}
