; ModuleID = 'syr2k.c'
source_filename = "syr2k.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [26 x i8] c"sum %.12e C[17][3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(259200) ptr @malloc(i64 noundef 259200) #7
  %2 = tail call noalias dereferenceable_or_null(216000) ptr @malloc(i64 noundef 216000) #7
  %3 = tail call noalias dereferenceable_or_null(216000) ptr @malloc(i64 noundef 216000) #7
  br label %4

4:                                                ; preds = %0, %46
  %5 = phi i64 [ 0, %0 ], [ %47, %46 ]
  %6 = getelementptr inbounds nuw [150 x double], ptr %2, i64 %5
  %7 = getelementptr inbounds nuw [150 x double], ptr %3, i64 %5
  %8 = insertelement <2 x i64> poison, i64 %5, i64 0
  %9 = shufflevector <2 x i64> %8, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %4
  %11 = phi i64 [ 0, %4 ], [ %25, %10 ]
  %12 = phi <2 x i64> [ <i64 0, i64 1>, %4 ], [ %26, %10 ]
  %13 = mul nuw nsw <2 x i64> %12, %9
  %14 = trunc <2 x i64> %13 to <2 x i32>
  %15 = add <2 x i32> %14, splat (i32 1)
  %16 = urem <2 x i32> %15, splat (i32 180)
  %17 = uitofp nneg <2 x i32> %16 to <2 x double>
  %18 = fdiv <2 x double> %17, splat (double 1.800000e+02)
  %19 = getelementptr inbounds nuw double, ptr %6, i64 %11
  store <2 x double> %18, ptr %19, align 8, !tbaa !9
  %20 = add <2 x i32> %14, splat (i32 2)
  %21 = urem <2 x i32> %20, splat (i32 150)
  %22 = uitofp nneg <2 x i32> %21 to <2 x double>
  %23 = fdiv <2 x double> %22, splat (double 1.500000e+02)
  %24 = getelementptr inbounds nuw double, ptr %7, i64 %11
  store <2 x double> %23, ptr %24, align 8, !tbaa !9
  %25 = add nuw i64 %11, 2
  %26 = add nuw nsw <2 x i64> %12, splat (i64 2)
  %27 = icmp eq i64 %25, 150
  br i1 %27, label %29, label %10, !llvm.loop !11

28:                                               ; preds = %46
  tail call fastcc void @kernel_syr2k(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef nonnull %3)
  br label %49

29:                                               ; preds = %10
  %30 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %5
  %31 = insertelement <2 x i64> poison, i64 %5, i64 0
  %32 = shufflevector <2 x i64> %31, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %33

33:                                               ; preds = %33, %29
  %34 = phi i64 [ 0, %29 ], [ %43, %33 ]
  %35 = phi <2 x i64> [ <i64 0, i64 1>, %29 ], [ %44, %33 ]
  %36 = mul nuw nsw <2 x i64> %35, %32
  %37 = trunc <2 x i64> %36 to <2 x i32>
  %38 = add <2 x i32> %37, splat (i32 3)
  %39 = urem <2 x i32> %38, splat (i32 180)
  %40 = uitofp nneg <2 x i32> %39 to <2 x double>
  %41 = fdiv <2 x double> %40, splat (double 1.500000e+02)
  %42 = getelementptr inbounds nuw double, ptr %30, i64 %34
  store <2 x double> %41, ptr %42, align 8, !tbaa !9
  %43 = add nuw i64 %34, 2
  %44 = add nuw nsw <2 x i64> %35, splat (i64 2)
  %45 = icmp eq i64 %43, 180
  br i1 %45, label %46, label %33, !llvm.loop !15

46:                                               ; preds = %33
  %47 = add nuw nsw i64 %5, 1
  %48 = icmp eq i64 %47, 180
  br i1 %48, label %28, label %4, !llvm.loop !16

49:                                               ; preds = %28, %57
  %50 = phi i64 [ 0, %28 ], [ %58, %57 ]
  %51 = phi double [ 0.000000e+00, %28 ], [ %85, %57 ]
  %52 = getelementptr inbounds nuw [180 x double], ptr %1, i64 %50
  br label %60

53:                                               ; preds = %57
  %54 = getelementptr inbounds nuw i8, ptr %1, i64 24504
  %55 = load double, ptr %54, align 8, !tbaa !9
  %56 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %85, double noundef %55)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  ret i32 0

57:                                               ; preds = %60
  %58 = add nuw nsw i64 %50, 1
  %59 = icmp eq i64 %58, 180
  br i1 %59, label %53, label %49, !llvm.loop !17

60:                                               ; preds = %60, %49
  %61 = phi i64 [ 0, %49 ], [ %86, %60 ]
  %62 = phi double [ %51, %49 ], [ %85, %60 ]
  %63 = getelementptr inbounds nuw double, ptr %52, i64 %61
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = fadd double %62, %64
  %66 = getelementptr inbounds nuw double, ptr %52, i64 %61
  %67 = getelementptr inbounds nuw i8, ptr %66, i64 8
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = fadd double %65, %68
  %70 = getelementptr inbounds nuw double, ptr %52, i64 %61
  %71 = getelementptr inbounds nuw i8, ptr %70, i64 16
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = fadd double %69, %72
  %74 = getelementptr inbounds nuw double, ptr %52, i64 %61
  %75 = getelementptr inbounds nuw i8, ptr %74, i64 24
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = fadd double %73, %76
  %78 = getelementptr inbounds nuw double, ptr %52, i64 %61
  %79 = getelementptr inbounds nuw i8, ptr %78, i64 32
  %80 = load double, ptr %79, align 8, !tbaa !9
  %81 = fadd double %77, %80
  %82 = getelementptr inbounds nuw double, ptr %52, i64 %61
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 40
  %84 = load double, ptr %83, align 8, !tbaa !9
  %85 = fadd double %81, %84
  %86 = add nuw nsw i64 %61, 6
  %87 = icmp eq i64 %86, 180
  br i1 %87, label %57, label %60, !llvm.loop !18
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_syr2k(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %106
  %5 = phi i64 [ 0, %3 ], [ %107, %106 ]
  %6 = phi i64 [ 1, %3 ], [ %108, %106 ]
  %7 = mul nuw nsw i64 %5, 1440
  %8 = getelementptr nuw i8, ptr %0, i64 %7
  %9 = mul nuw nsw i64 %5, 1448
  %10 = getelementptr i8, ptr %0, i64 %9
  %11 = getelementptr i8, ptr %10, i64 8
  %12 = mul nuw nsw i64 %5, 1200
  %13 = getelementptr i8, ptr %1, i64 %12
  %14 = add nuw i64 %12, 1200
  %15 = getelementptr i8, ptr %1, i64 %14
  %16 = getelementptr i8, ptr %2, i64 %14
  %17 = getelementptr i8, ptr %2, i64 %12
  %18 = getelementptr inbounds nuw [180 x double], ptr %0, i64 %5
  %19 = icmp samesign ult i64 %6, 4
  br i1 %19, label %34, label %20

20:                                               ; preds = %4
  %21 = and i64 %6, 9223372036854775804
  br label %22

22:                                               ; preds = %22, %20
  %23 = phi i64 [ 0, %20 ], [ %30, %22 ]
  %24 = getelementptr inbounds nuw double, ptr %18, i64 %23
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 16
  %26 = load <2 x double>, ptr %24, align 8, !tbaa !9
  %27 = load <2 x double>, ptr %25, align 8, !tbaa !9
  %28 = fmul <2 x double> %26, splat (double 1.200000e+00)
  %29 = fmul <2 x double> %27, splat (double 1.200000e+00)
  store <2 x double> %28, ptr %24, align 8, !tbaa !9
  store <2 x double> %29, ptr %25, align 8, !tbaa !9
  %30 = add nuw i64 %23, 4
  %31 = icmp eq i64 %30, %21
  br i1 %31, label %32, label %22, !llvm.loop !19

32:                                               ; preds = %22
  %33 = icmp eq i64 %6, %21
  br i1 %33, label %37, label %34

34:                                               ; preds = %4, %32
  %35 = phi i64 [ 0, %4 ], [ %21, %32 ]
  br label %58

36:                                               ; preds = %106
  ret void

37:                                               ; preds = %58, %32
  %38 = getelementptr inbounds nuw [150 x double], ptr %2, i64 %5
  %39 = getelementptr inbounds nuw [150 x double], ptr %1, i64 %5
  %40 = icmp samesign ult i64 %6, 2
  %41 = icmp ult ptr %8, %15
  %42 = icmp ult ptr %13, %11
  %43 = and i1 %41, %42
  %44 = icmp ult ptr %8, %15
  %45 = icmp ult ptr %1, %11
  %46 = and i1 %44, %45
  %47 = or i1 %43, %46
  %48 = icmp ult ptr %8, %16
  %49 = icmp ult ptr %2, %11
  %50 = and i1 %48, %49
  %51 = or i1 %47, %50
  %52 = icmp ult ptr %8, %16
  %53 = icmp ult ptr %17, %11
  %54 = and i1 %52, %53
  %55 = or i1 %51, %54
  %56 = and i64 %6, 9223372036854775806
  %57 = icmp eq i64 %6, %56
  br label %65

58:                                               ; preds = %34, %58
  %59 = phi i64 [ %63, %58 ], [ %35, %34 ]
  %60 = getelementptr inbounds nuw double, ptr %18, i64 %59
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fmul double %61, 1.200000e+00
  store double %62, ptr %60, align 8, !tbaa !9
  %63 = add nuw nsw i64 %59, 1
  %64 = icmp eq i64 %63, %6
  br i1 %64, label %37, label %58, !llvm.loop !20

65:                                               ; preds = %37, %110
  %66 = phi i64 [ 0, %37 ], [ %111, %110 ]
  %67 = getelementptr inbounds nuw double, ptr %1, i64 %66
  %68 = getelementptr inbounds nuw double, ptr %38, i64 %66
  %69 = getelementptr inbounds nuw double, ptr %2, i64 %66
  %70 = getelementptr inbounds nuw double, ptr %39, i64 %66
  %71 = select i1 %40, i1 true, i1 %55
  br i1 %71, label %104, label %72

72:                                               ; preds = %65
  %73 = load double, ptr %70, align 8, !tbaa !9, !alias.scope !21
  %74 = insertelement <2 x double> poison, double %73, i64 0
  %75 = shufflevector <2 x double> %74, <2 x double> poison, <2 x i32> zeroinitializer
  %76 = load double, ptr %68, align 8, !tbaa !9, !alias.scope !24
  %77 = insertelement <2 x double> poison, double %76, i64 0
  %78 = shufflevector <2 x double> %77, <2 x double> poison, <2 x i32> zeroinitializer
  br label %79

79:                                               ; preds = %79, %72
  %80 = phi i64 [ 0, %72 ], [ %101, %79 ]
  %81 = or disjoint i64 %80, 1
  %82 = getelementptr inbounds nuw [150 x double], ptr %67, i64 %80
  %83 = getelementptr inbounds nuw [150 x double], ptr %67, i64 %81
  %84 = load double, ptr %82, align 8, !tbaa !9, !alias.scope !26
  %85 = load double, ptr %83, align 8, !tbaa !9, !alias.scope !26
  %86 = insertelement <2 x double> poison, double %84, i64 0
  %87 = insertelement <2 x double> %86, double %85, i64 1
  %88 = fmul <2 x double> %87, splat (double 1.500000e+00)
  %89 = getelementptr inbounds nuw [150 x double], ptr %69, i64 %80
  %90 = getelementptr inbounds nuw [150 x double], ptr %69, i64 %81
  %91 = load double, ptr %89, align 8, !tbaa !9, !alias.scope !28
  %92 = load double, ptr %90, align 8, !tbaa !9, !alias.scope !28
  %93 = insertelement <2 x double> poison, double %91, i64 0
  %94 = insertelement <2 x double> %93, double %92, i64 1
  %95 = fmul <2 x double> %94, splat (double 1.500000e+00)
  %96 = fmul <2 x double> %95, %75
  %97 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %88, <2 x double> %78, <2 x double> %96)
  %98 = getelementptr inbounds nuw double, ptr %18, i64 %80
  %99 = load <2 x double>, ptr %98, align 8, !tbaa !9, !alias.scope !30, !noalias !32
  %100 = fadd <2 x double> %99, %97
  store <2 x double> %100, ptr %98, align 8, !tbaa !9, !alias.scope !30, !noalias !32
  %101 = add nuw i64 %80, 2
  %102 = icmp eq i64 %101, %56
  br i1 %102, label %103, label %79, !llvm.loop !33

103:                                              ; preds = %79
  br i1 %57, label %110, label %104

104:                                              ; preds = %65, %103
  %105 = phi i64 [ %56, %103 ], [ 0, %65 ]
  br label %113

106:                                              ; preds = %110
  %107 = add nuw nsw i64 %5, 1
  %108 = add nuw nsw i64 %6, 1
  %109 = icmp eq i64 %107, 180
  br i1 %109, label %36, label %4, !llvm.loop !34

110:                                              ; preds = %113, %103
  %111 = add nuw nsw i64 %66, 1
  %112 = icmp eq i64 %111, 150
  br i1 %112, label %106, label %65, !llvm.loop !35

113:                                              ; preds = %104, %113
  %114 = phi i64 [ %128, %113 ], [ %105, %104 ]
  %115 = getelementptr inbounds nuw [150 x double], ptr %67, i64 %114
  %116 = load double, ptr %115, align 8, !tbaa !9
  %117 = fmul double %116, 1.500000e+00
  %118 = load double, ptr %68, align 8, !tbaa !9
  %119 = getelementptr inbounds nuw [150 x double], ptr %69, i64 %114
  %120 = load double, ptr %119, align 8, !tbaa !9
  %121 = fmul double %120, 1.500000e+00
  %122 = load double, ptr %70, align 8, !tbaa !9
  %123 = fmul double %121, %122
  %124 = tail call double @llvm.fmuladd.f64(double %117, double %118, double %123)
  %125 = getelementptr inbounds nuw double, ptr %18, i64 %114
  %126 = load double, ptr %125, align 8, !tbaa !9
  %127 = fadd double %126, %124
  store double %127, ptr %125, align 8, !tbaa !9
  %128 = add nuw nsw i64 %114, 1
  %129 = icmp eq i64 %128, %6
  br i1 %129, label %110, label %113, !llvm.loop !36
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
!28 = !{!29}
!29 = distinct !{!29, !23}
!30 = !{!31}
!31 = distinct !{!31, !23}
!32 = !{!22, !27, !29, !25}
!33 = distinct !{!33, !12, !13, !14}
!34 = distinct !{!34, !12}
!35 = distinct !{!35, !12}
!36 = distinct !{!36, !12, !13}
