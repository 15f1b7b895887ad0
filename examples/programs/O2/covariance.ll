; ModuleID = 'covariance.c'
source_filename = "covariance.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"sum %.12e cov[3][8] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(499200) ptr @malloc(i64 noundef 499200) #6
  %2 = tail call noalias dereferenceable_or_null(460800) ptr @malloc(i64 noundef 460800) #6
  %3 = tail call noalias dereferenceable_or_null(1920) ptr @malloc(i64 noundef 1920) #6
  br label %4

4:                                                ; preds = %0, %21
  %5 = phi i64 [ 0, %0 ], [ %22, %21 ]
  %6 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %5
  %7 = insertelement <2 x i64> poison, i64 %5, i64 0
  %8 = shufflevector <2 x i64> %7, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %9

9:                                                ; preds = %9, %4
  %10 = phi i64 [ 0, %4 ], [ %17, %9 ]
  %11 = phi <2 x i64> [ <i64 0, i64 1>, %4 ], [ %18, %9 ]
  %12 = mul nuw nsw <2 x i64> %11, %8
  %13 = trunc nuw nsw <2 x i64> %12 to <2 x i32>
  %14 = uitofp nneg <2 x i32> %13 to <2 x double>
  %15 = fdiv <2 x double> %14, splat (double 2.400000e+02)
  %16 = getelementptr inbounds nuw double, ptr %6, i64 %10
  store <2 x double> %15, ptr %16, align 8, !tbaa !9
  %17 = add nuw i64 %10, 2
  %18 = add nuw nsw <2 x i64> %11, splat (i64 2)
  %19 = icmp eq i64 %17, 240
  br i1 %19, label %21, label %9, !llvm.loop !11

20:                                               ; preds = %21
  tail call fastcc void @kernel_covariance(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3)
  br label %24

21:                                               ; preds = %9
  %22 = add nuw nsw i64 %5, 1
  %23 = icmp eq i64 %22, 260
  br i1 %23, label %20, label %4, !llvm.loop !15

24:                                               ; preds = %20, %32
  %25 = phi i64 [ 0, %20 ], [ %33, %32 ]
  %26 = phi double [ 0.000000e+00, %20 ], [ %68, %32 ]
  %27 = getelementptr inbounds nuw [240 x double], ptr %2, i64 %25
  br label %35

28:                                               ; preds = %32
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 5824
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %68, double noundef %30)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef nonnull %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

32:                                               ; preds = %35
  %33 = add nuw nsw i64 %25, 1
  %34 = icmp eq i64 %33, 240
  br i1 %34, label %28, label %24, !llvm.loop !16

35:                                               ; preds = %35, %24
  %36 = phi i64 [ 0, %24 ], [ %69, %35 ]
  %37 = phi double [ %26, %24 ], [ %68, %35 ]
  %38 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fadd double %37, %39
  %41 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 8
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fadd double %40, %43
  %45 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 16
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = fadd double %44, %47
  %49 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 24
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fadd double %48, %51
  %53 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %54 = getelementptr inbounds nuw i8, ptr %53, i64 32
  %55 = load double, ptr %54, align 8, !tbaa !9
  %56 = fadd double %52, %55
  %57 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 40
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = fadd double %56, %59
  %61 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 48
  %63 = load double, ptr %62, align 8, !tbaa !9
  %64 = fadd double %60, %63
  %65 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 56
  %67 = load double, ptr %66, align 8, !tbaa !9
  %68 = fadd double %64, %67
  %69 = add nuw nsw i64 %36, 8
  %70 = icmp eq i64 %69, 240
  br i1 %70, label %32, label %35, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_covariance(ptr noundef captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  br label %4

4:                                                ; preds = %3, %8
  %5 = phi i64 [ 0, %3 ], [ %10, %8 ]
  %6 = getelementptr inbounds nuw double, ptr %2, i64 %5
  store double 0.000000e+00, ptr %6, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %5
  br label %18

8:                                                ; preds = %18
  %9 = fdiv double %35, 2.600000e+02
  store double %9, ptr %6, align 8, !tbaa !9
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 240
  br i1 %11, label %12, label %4, !llvm.loop !18

12:                                               ; preds = %8
  %13 = getelementptr i8, ptr %0, i64 499200
  %14 = getelementptr i8, ptr %2, i64 1920
  %15 = icmp ult ptr %0, %14
  %16 = icmp ult ptr %2, %13
  %17 = and i1 %15, %16
  br label %38

18:                                               ; preds = %18, %4
  %19 = phi i64 [ 0, %4 ], [ %36, %18 ]
  %20 = phi double [ 0.000000e+00, %4 ], [ %35, %18 ]
  %21 = getelementptr inbounds nuw [240 x double], ptr %7, i64 %19
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = fadd double %22, %20
  store double %23, ptr %6, align 8, !tbaa !9
  %24 = getelementptr inbounds nuw [240 x double], ptr %7, i64 %19
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 1920
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = fadd double %26, %23
  store double %27, ptr %6, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw [240 x double], ptr %7, i64 %19
  %29 = getelementptr inbounds nuw i8, ptr %28, i64 3840
  %30 = load double, ptr %29, align 8, !tbaa !9
  %31 = fadd double %30, %27
  store double %31, ptr %6, align 8, !tbaa !9
  %32 = getelementptr inbounds nuw [240 x double], ptr %7, i64 %19
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 5760
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = fadd double %34, %31
  store double %35, ptr %6, align 8, !tbaa !9
  %36 = add nuw nsw i64 %19, 4
  %37 = icmp eq i64 %36, 260
  br i1 %37, label %8, label %18, !llvm.loop !19

38:                                               ; preds = %12, %66
  %39 = phi i64 [ %67, %66 ], [ 0, %12 ]
  %40 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %39
  br i1 %17, label %69, label %41

41:                                               ; preds = %38, %41
  %42 = phi i64 [ %64, %41 ], [ 0, %38 ]
  %43 = getelementptr inbounds nuw double, ptr %2, i64 %42
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 16
  %45 = load <2 x double>, ptr %43, align 8, !tbaa !9, !alias.scope !20
  %46 = load <2 x double>, ptr %44, align 8, !tbaa !9, !alias.scope !20
  %47 = getelementptr inbounds nuw double, ptr %40, i64 %42
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 16
  %49 = load <2 x double>, ptr %47, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %50 = load <2 x double>, ptr %48, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %51 = fsub <2 x double> %49, %45
  %52 = fsub <2 x double> %50, %46
  store <2 x double> %51, ptr %47, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  store <2 x double> %52, ptr %48, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %53 = or disjoint i64 %42, 4
  %54 = getelementptr inbounds nuw double, ptr %2, i64 %53
  %55 = getelementptr inbounds nuw i8, ptr %54, i64 16
  %56 = load <2 x double>, ptr %54, align 8, !tbaa !9, !alias.scope !20
  %57 = load <2 x double>, ptr %55, align 8, !tbaa !9, !alias.scope !20
  %58 = getelementptr inbounds nuw double, ptr %40, i64 %53
  %59 = getelementptr inbounds nuw i8, ptr %58, i64 16
  %60 = load <2 x double>, ptr %58, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %61 = load <2 x double>, ptr %59, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %62 = fsub <2 x double> %60, %56
  %63 = fsub <2 x double> %61, %57
  store <2 x double> %62, ptr %58, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  store <2 x double> %63, ptr %59, align 8, !tbaa !9, !alias.scope !23, !noalias !20
  %64 = add nuw nsw i64 %42, 8
  %65 = icmp eq i64 %64, 240
  br i1 %65, label %66, label %41, !llvm.loop !25

66:                                               ; preds = %41, %69
  %67 = add nuw nsw i64 %39, 1
  %68 = icmp eq i64 %67, 260
  br i1 %68, label %96, label %38, !llvm.loop !26

69:                                               ; preds = %38, %69
  %70 = phi i64 [ %94, %69 ], [ 0, %38 ]
  %71 = getelementptr inbounds nuw double, ptr %2, i64 %70
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = getelementptr inbounds nuw double, ptr %40, i64 %70
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = fsub double %74, %72
  store double %75, ptr %73, align 8, !tbaa !9
  %76 = or disjoint i64 %70, 1
  %77 = getelementptr inbounds nuw double, ptr %2, i64 %76
  %78 = load double, ptr %77, align 8, !tbaa !9
  %79 = getelementptr inbounds nuw double, ptr %40, i64 %76
  %80 = load double, ptr %79, align 8, !tbaa !9
  %81 = fsub double %80, %78
  store double %81, ptr %79, align 8, !tbaa !9
  %82 = or disjoint i64 %70, 2
  %83 = getelementptr inbounds nuw double, ptr %2, i64 %82
  %84 = load double, ptr %83, align 8, !tbaa !9
  %85 = getelementptr inbounds nuw double, ptr %40, i64 %82
  %86 = load double, ptr %85, align 8, !tbaa !9
  %87 = fsub double %86, %84
  store double %87, ptr %85, align 8, !tbaa !9
  %88 = or disjoint i64 %70, 3
  %89 = getelementptr inbounds nuw double, ptr %2, i64 %88
  %90 = load double, ptr %89, align 8, !tbaa !9
  %91 = getelementptr inbounds nuw double, ptr %40, i64 %88
  %92 = load double, ptr %91, align 8, !tbaa !9
  %93 = fsub double %92, %90
  store double %93, ptr %91, align 8, !tbaa !9
  %94 = add nuw nsw i64 %70, 4
  %95 = icmp eq i64 %94, 240
  br i1 %95, label %66, label %69, !llvm.loop !27

96:                                               ; preds = %66, %101
  %97 = phi i64 [ %102, %101 ], [ 0, %66 ]
  %98 = getelementptr inbounds nuw [240 x double], ptr %1, i64 %97
  %99 = getelementptr inbounds nuw double, ptr %1, i64 %97
  br label %104

100:                                              ; preds = %101
  ret void

101:                                              ; preds = %107
  %102 = add nuw nsw i64 %97, 1
  %103 = icmp eq i64 %102, 240
  br i1 %103, label %100, label %96, !llvm.loop !28

104:                                              ; preds = %96, %107
  %105 = phi i64 [ %97, %96 ], [ %110, %107 ]
  %106 = getelementptr inbounds nuw double, ptr %98, i64 %105
  store double 0.000000e+00, ptr %106, align 8, !tbaa !9
  br label %112

107:                                              ; preds = %112
  %108 = fdiv double %127, 2.590000e+02
  store double %108, ptr %106, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw [240 x double], ptr %99, i64 %105
  store double %108, ptr %109, align 8, !tbaa !9
  %110 = add nuw nsw i64 %105, 1
  %111 = icmp eq i64 %110, 240
  br i1 %111, label %101, label %104, !llvm.loop !29

112:                                              ; preds = %112, %104
  %113 = phi i64 [ 0, %104 ], [ %128, %112 ]
  %114 = phi double [ 0.000000e+00, %104 ], [ %127, %112 ]
  %115 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %113
  %116 = getelementptr inbounds nuw double, ptr %115, i64 %97
  %117 = load double, ptr %116, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw double, ptr %115, i64 %105
  %119 = load double, ptr %118, align 8, !tbaa !9
  %120 = tail call double @llvm.fmuladd.f64(double %117, double %119, double %114)
  store double %120, ptr %106, align 8, !tbaa !9
  %121 = getelementptr inbounds nuw [240 x double], ptr %0, i64 %113
  %122 = getelementptr inbounds nuw i8, ptr %121, i64 1920
  %123 = getelementptr inbounds nuw double, ptr %122, i64 %97
  %124 = load double, ptr %123, align 8, !tbaa !9
  %125 = getelementptr inbounds nuw double, ptr %122, i64 %105
  %126 = load double, ptr %125, align 8, !tbaa !9
  %127 = tail call double @llvm.fmuladd.f64(double %124, double %126, double %120)
  store double %127, ptr %106, align 8, !tbaa !9
  %128 = add nuw nsw i64 %113, 2
  %129 = icmp eq i64 %128, 260
  br i1 %129, label %107, label %112, !llvm.loop !30
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
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = !{!21}
!21 = distinct !{!21, !22}
!22 = distinct !{!22, !"LVerDomain"}
!23 = !{!24}
!24 = distinct !{!24, !22}
!25 = distinct !{!25, !12, !13, !14}
!26 = distinct !{!26, !12}
!27 = distinct !{!27, !12, !13}
!28 = distinct !{!28, !12}
!29 = distinct !{!29, !12}
!30 = distinct !{!30, !12}
