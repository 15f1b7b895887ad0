; ModuleID = 'jacobi_1d.c'
source_filename = "jacobi_1d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [23 x i8] c"sum %.12e A[10] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(32000) ptr @malloc(i64 noundef 32000) #5
  %2 = tail call noalias dereferenceable_or_null(32000) ptr @malloc(i64 noundef 32000) #5
  br label %3

3:                                                ; preds = %3, %0
  %4 = phi i64 [ 0, %0 ], [ %24, %3 ]
  %5 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %25, %3 ]
  %6 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %26, %3 ]
  %7 = add <2 x i32> %5, splat (i32 2)
  %8 = uitofp nneg <2 x i32> %7 to <2 x double>
  %9 = fdiv <2 x double> %8, splat (double 4.000000e+03)
  %10 = getelementptr inbounds nuw double, ptr %1, i64 %4
  store <2 x double> %9, ptr %10, align 8, !tbaa !9
  %11 = add <2 x i32> %6, splat (i32 3)
  %12 = uitofp nneg <2 x i32> %11 to <2 x double>
  %13 = fdiv <2 x double> %12, splat (double 4.000000e+03)
  %14 = getelementptr inbounds nuw double, ptr %2, i64 %4
  store <2 x double> %13, ptr %14, align 8, !tbaa !9
  %15 = or disjoint i64 %4, 2
  %16 = add <2 x i32> %5, splat (i32 4)
  %17 = uitofp nneg <2 x i32> %16 to <2 x double>
  %18 = fdiv <2 x double> %17, splat (double 4.000000e+03)
  %19 = getelementptr inbounds nuw double, ptr %1, i64 %15
  store <2 x double> %18, ptr %19, align 8, !tbaa !9
  %20 = add <2 x i32> %6, splat (i32 5)
  %21 = uitofp nneg <2 x i32> %20 to <2 x double>
  %22 = fdiv <2 x double> %21, splat (double 4.000000e+03)
  %23 = getelementptr inbounds nuw double, ptr %2, i64 %15
  store <2 x double> %22, ptr %23, align 8, !tbaa !9
  %24 = add nuw nsw i64 %4, 4
  %25 = add <2 x i32> %5, splat (i32 4)
  %26 = add <2 x i32> %6, splat (i32 4)
  %27 = icmp eq i64 %24, 4000
  br i1 %27, label %28, label %3, !llvm.loop !11

28:                                               ; preds = %3
  tail call fastcc void @kernel_jacobi_1d(ptr noundef nonnull %1, ptr noundef nonnull %2)
  br label %33

29:                                               ; preds = %33
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 80
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %66, double noundef %31)
  tail call void @free(ptr noundef nonnull %1) #6
  tail call void @free(ptr noundef nonnull %2) #6
  ret i32 0

33:                                               ; preds = %33, %28
  %34 = phi i64 [ 0, %28 ], [ %67, %33 ]
  %35 = phi double [ 0.000000e+00, %28 ], [ %66, %33 ]
  %36 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %35, %37
  %39 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 8
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = fadd double %38, %41
  %43 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 16
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fadd double %42, %45
  %47 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 24
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %46, %49
  %51 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 32
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 40
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 48
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 56
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = add nuw nsw i64 %34, 8
  %68 = icmp eq i64 %67, 4000
  br i1 %68, label %29, label %33, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_jacobi_1d(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  %3 = getelementptr i8, ptr %0, i64 8
  %4 = getelementptr i8, ptr %0, i64 31992
  %5 = getelementptr i8, ptr %1, i64 32000
  %6 = getelementptr i8, ptr %1, i64 8
  %7 = getelementptr i8, ptr %1, i64 31992
  %8 = getelementptr i8, ptr %0, i64 32000
  %9 = icmp ult ptr %6, %8
  %10 = icmp ult ptr %0, %7
  %11 = and i1 %9, %10
  %12 = icmp ult ptr %3, %5
  %13 = icmp ult ptr %1, %4
  %14 = and i1 %12, %13
  br label %15

15:                                               ; preds = %100, %2
  %16 = phi i32 [ 0, %2 ], [ %101, %100 ]
  br i1 %11, label %17, label %19

17:                                               ; preds = %19, %15
  %18 = phi i64 [ 1, %15 ], [ 3997, %19 ]
  br label %46

19:                                               ; preds = %15, %19
  %20 = phi i64 [ %43, %19 ], [ 0, %15 ]
  %21 = or disjoint i64 %20, 1
  %22 = getelementptr double, ptr %0, i64 %21
  %23 = getelementptr i8, ptr %22, i64 -8
  %24 = getelementptr i8, ptr %22, i64 8
  %25 = load <2 x double>, ptr %23, align 8, !tbaa !9, !alias.scope !16
  %26 = load <2 x double>, ptr %24, align 8, !tbaa !9, !alias.scope !16
  %27 = getelementptr i8, ptr %22, i64 16
  %28 = load <2 x double>, ptr %22, align 8, !tbaa !9, !alias.scope !16
  %29 = load <2 x double>, ptr %27, align 8, !tbaa !9, !alias.scope !16
  %30 = fadd <2 x double> %25, %28
  %31 = fadd <2 x double> %26, %29
  %32 = getelementptr inbounds nuw double, ptr %0, i64 %20
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 16
  %34 = getelementptr inbounds nuw i8, ptr %32, i64 32
  %35 = load <2 x double>, ptr %33, align 8, !tbaa !9, !alias.scope !16
  %36 = load <2 x double>, ptr %34, align 8, !tbaa !9, !alias.scope !16
  %37 = fadd <2 x double> %30, %35
  %38 = fadd <2 x double> %31, %36
  %39 = fmul <2 x double> %37, splat (double 3.333300e-01)
  %40 = fmul <2 x double> %38, splat (double 3.333300e-01)
  %41 = getelementptr inbounds nuw double, ptr %1, i64 %21
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 16
  store <2 x double> %39, ptr %41, align 8, !tbaa !9, !alias.scope !19, !noalias !16
  store <2 x double> %40, ptr %42, align 8, !tbaa !9, !alias.scope !19, !noalias !16
  %43 = add nuw i64 %20, 4
  %44 = icmp eq i64 %43, 3996
  br i1 %44, label %17, label %19, !llvm.loop !21

45:                                               ; preds = %100
  ret void

46:                                               ; preds = %46, %17
  %47 = phi i64 [ %18, %17 ], [ %64, %46 ]
  %48 = getelementptr double, ptr %0, i64 %47
  %49 = getelementptr i8, ptr %48, i64 -8
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = load double, ptr %48, align 8, !tbaa !9
  %52 = fadd double %50, %51
  %53 = add nuw nsw i64 %47, 1
  %54 = getelementptr inbounds nuw double, ptr %0, i64 %53
  %55 = load double, ptr %54, align 8, !tbaa !9
  %56 = fadd double %52, %55
  %57 = fmul double %56, 3.333300e-01
  %58 = getelementptr inbounds nuw double, ptr %1, i64 %47
  store double %57, ptr %58, align 8, !tbaa !9
  %59 = getelementptr double, ptr %0, i64 %53
  %60 = getelementptr i8, ptr %59, i64 -8
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = load double, ptr %59, align 8, !tbaa !9
  %63 = fadd double %61, %62
  %64 = add nuw nsw i64 %47, 2
  %65 = getelementptr inbounds nuw double, ptr %0, i64 %64
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = fadd double %63, %66
  %68 = fmul double %67, 3.333300e-01
  %69 = getelementptr inbounds nuw double, ptr %1, i64 %53
  store double %68, ptr %69, align 8, !tbaa !9
  %70 = icmp eq i64 %64, 3999
  br i1 %70, label %71, label %46, !llvm.loop !22

71:                                               ; preds = %46
  br i1 %14, label %72, label %74

72:                                               ; preds = %74, %71
  %73 = phi i64 [ 1, %71 ], [ 3997, %74 ]
  br label %103

74:                                               ; preds = %71, %74
  %75 = phi i64 [ %98, %74 ], [ 0, %71 ]
  %76 = or disjoint i64 %75, 1
  %77 = getelementptr double, ptr %1, i64 %76
  %78 = getelementptr i8, ptr %77, i64 -8
  %79 = getelementptr i8, ptr %77, i64 8
  %80 = load <2 x double>, ptr %78, align 8, !tbaa !9, !alias.scope !23
  %81 = load <2 x double>, ptr %79, align 8, !tbaa !9, !alias.scope !23
  %82 = getelementptr i8, ptr %77, i64 16
  %83 = load <2 x double>, ptr %77, align 8, !tbaa !9, !alias.scope !23
  %84 = load <2 x double>, ptr %82, align 8, !tbaa !9, !alias.scope !23
  %85 = fadd <2 x double> %80, %83
  %86 = fadd <2 x double> %81, %84
  %87 = getelementptr inbounds nuw double, ptr %1, i64 %75
  %88 = getelementptr inbounds nuw i8, ptr %87, i64 16
  %89 = getelementptr inbounds nuw i8, ptr %87, i64 32
  %90 = load <2 x double>, ptr %88, align 8, !tbaa !9, !alias.scope !23
  %91 = load <2 x double>, ptr %89, align 8, !tbaa !9, !alias.scope !23
  %92 = fadd <2 x double> %85, %90
  %93 = fadd <2 x double> %86, %91
  %94 = fmul <2 x double> %92, splat (double 3.333300e-01)
  %95 = fmul <2 x double> %93, splat (double 3.333300e-01)
  %96 = getelementptr inbounds nuw double, ptr %0, i64 %76
  %97 = getelementptr inbounds nuw i8, ptr %96, i64 16
  store <2 x double> %94, ptr %96, align 8, !tbaa !9, !alias.scope !26, !noalias !23
  store <2 x double> %95, ptr %97, align 8, !tbaa !9, !alias.scope !26, !noalias !23
  %98 = add nuw i64 %75, 4
  %99 = icmp eq i64 %98, 3996
  br i1 %99, label %72, label %74, !llvm.loop !28

100:                                              ; preds = %103
  %101 = add nuw nsw i32 %16, 1
  %102 = icmp eq i32 %101, 100
  br i1 %102, label %45, label %15, !llvm.loop !29

103:                                              ; preds = %103, %72
  %104 = phi i64 [ %73, %72 ], [ %121, %103 ]
  %105 = getelementptr double, ptr %1, i64 %104
  %106 = getelementptr i8, ptr %105, i64 -8
  %107 = load double, ptr %106, align 8, !tbaa !9
  %108 = load double, ptr %105, align 8, !tbaa !9
  %109 = fadd double %107, %108
  %110 = add nuw nsw i64 %104, 1
  %111 = getelementptr inbounds nuw double, ptr %1, i64 %110
  %112 = load double, ptr %111, align 8, !tbaa !9
  %113 = fadd double %109, %112
  %114 = fmul double %113, 3.333300e-01
  %115 = getelementptr inbounds nuw double, ptr %0, i64 %104
  store double %114, ptr %115, align 8, !tbaa !9
  %116 = getelementptr double, ptr %1, i64 %110
  %117 = getelementptr i8, ptr %116, i64 -8
  %118 = load double, ptr %117, align 8, !tbaa !9
  %119 = load double, ptr %116, align 8, !tbaa !9
  %120 = fadd double %118, %119
  %121 = add nuw nsw i64 %104, 2
  %122 = getelementptr inbounds nuw double, ptr %1, i64 %121
  %123 = load double, ptr %122, align 8, !tbaa !9
  %124 = fadd double %120, %123
  %125 = fmul double %124, 3.333300e-01
  %126 = getelementptr inbounds nuw double, ptr %0, i64 %110
  store double %125, ptr %126, align 8, !tbaa !9
  %127 = icmp eq i64 %121, 3999
  br i1 %127, label %100, label %103, !llvm.loop !30
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
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = !{!17}
!17 = distinct !{!17, !18}
!18 = distinct !{!18, !"LVerDomain"}
!19 = !{!20}
!20 = distinct !{!20, !18}
!21 = distinct !{!21, !12, !13, !14}
!22 = distinct !{!22, !12, !13}
!23 = !{!24}
!24 = distinct !{!24, !25}
!25 = distinct !{!25, !"LVerDomain"}
!26 = !{!27}
!27 = distinct !{!27, !25}
!28 = distinct !{!28, !12, !13, !14}
!29 = distinct !{!29, !12}
!30 = distinct !{!30, !12, !13}
