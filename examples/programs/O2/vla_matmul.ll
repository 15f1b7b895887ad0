; ModuleID = 'vla_matmul.c'
source_filename = "vla_matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e C[4][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 1
  br i1 %3, label %4, label %8

4:                                                ; preds = %2
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !9
  %7 = tail call i32 @atoi(ptr noundef %6) #7
  br label %8

8:                                                ; preds = %4, %2
  %9 = phi i32 [ %7, %4 ], [ 110, %2 ]
  %10 = sext i32 %9 to i64
  %11 = mul nsw i64 %10, 960
  %12 = tail call noalias ptr @malloc(i64 noundef %11) #8
  %13 = tail call noalias dereferenceable_or_null(124800) ptr @malloc(i64 noundef 124800) #8
  %14 = mul nsw i64 %10, 1040
  %15 = tail call noalias ptr @malloc(i64 noundef %14) #8
  %16 = icmp sgt i32 %9, 0
  br i1 %16, label %17, label %41

17:                                               ; preds = %8
  %18 = zext nneg i32 %9 to i64
  br label %19

19:                                               ; preds = %17, %38
  %20 = phi i64 [ 0, %17 ], [ %39, %38 ]
  %21 = mul nuw nsw i64 %20, 960
  %22 = getelementptr inbounds nuw i8, ptr %12, i64 %21
  %23 = insertelement <2 x i64> poison, i64 %20, i64 0
  %24 = shufflevector <2 x i64> %23, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %25

25:                                               ; preds = %25, %19
  %26 = phi i64 [ 0, %19 ], [ %35, %25 ]
  %27 = phi <2 x i64> [ <i64 0, i64 1>, %19 ], [ %36, %25 ]
  %28 = mul nuw nsw <2 x i64> %27, %24
  %29 = trunc <2 x i64> %28 to <2 x i32>
  %30 = add <2 x i32> %29, splat (i32 1)
  %31 = urem <2 x i32> %30, splat (i32 19)
  %32 = uitofp nneg <2 x i32> %31 to <2 x double>
  %33 = fdiv <2 x double> %32, splat (double 1.900000e+01)
  %34 = getelementptr inbounds nuw double, ptr %22, i64 %26
  store <2 x double> %33, ptr %34, align 8, !tbaa !12
  %35 = add nuw i64 %26, 2
  %36 = add nuw nsw <2 x i64> %27, splat (i64 2)
  %37 = icmp eq i64 %35, 120
  br i1 %37, label %38, label %25, !llvm.loop !14

38:                                               ; preds = %25
  %39 = add nuw nsw i64 %20, 1
  %40 = icmp eq i64 %39, %18
  br i1 %40, label %41, label %19, !llvm.loop !18

41:                                               ; preds = %38, %8
  br label %42

42:                                               ; preds = %41, %64
  %43 = phi i64 [ %65, %64 ], [ 0, %41 ]
  %44 = mul nuw nsw i64 %43, 1040
  %45 = getelementptr inbounds nuw i8, ptr %13, i64 %44
  %46 = insertelement <2 x i64> poison, i64 %43, i64 0
  %47 = shufflevector <2 x i64> %46, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %48

48:                                               ; preds = %48, %42
  %49 = phi i64 [ 0, %42 ], [ %58, %48 ]
  %50 = phi <2 x i64> [ <i64 0, i64 1>, %42 ], [ %59, %48 ]
  %51 = mul nuw nsw <2 x i64> %50, splat (i64 3)
  %52 = add nuw nsw <2 x i64> %51, %47
  %53 = trunc nuw nsw <2 x i64> %52 to <2 x i32>
  %54 = urem <2 x i32> %53, splat (i32 23)
  %55 = uitofp nneg <2 x i32> %54 to <2 x double>
  %56 = fdiv <2 x double> %55, splat (double 2.300000e+01)
  %57 = getelementptr inbounds nuw double, ptr %45, i64 %49
  store <2 x double> %56, ptr %57, align 8, !tbaa !12
  %58 = add nuw i64 %49, 2
  %59 = add nuw nsw <2 x i64> %50, splat (i64 2)
  %60 = icmp eq i64 %58, 130
  br i1 %60, label %64, label %48, !llvm.loop !19

61:                                               ; preds = %64
  tail call fastcc void @kernel_vla_scale(i32 noundef %9, ptr noundef %12)
  tail call fastcc void @kernel_vla_matmul(i32 noundef %9, ptr noundef %15, ptr noundef %12, ptr noundef nonnull %13)
  br i1 %16, label %62, label %72

62:                                               ; preds = %61
  %63 = zext nneg i32 %9 to i64
  br label %67

64:                                               ; preds = %48
  %65 = add nuw nsw i64 %43, 1
  %66 = icmp eq i64 %65, 120
  br i1 %66, label %61, label %42, !llvm.loop !20

67:                                               ; preds = %62, %77
  %68 = phi i64 [ 0, %62 ], [ %78, %77 ]
  %69 = phi double [ 0.000000e+00, %62 ], [ %101, %77 ]
  %70 = mul nuw nsw i64 %68, 1040
  %71 = getelementptr inbounds nuw i8, ptr %15, i64 %70
  br label %80

72:                                               ; preds = %77, %61
  %73 = phi double [ 0.000000e+00, %61 ], [ %101, %77 ]
  %74 = getelementptr inbounds nuw i8, ptr %15, i64 4200
  %75 = load double, ptr %74, align 8, !tbaa !12
  %76 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %73, double noundef %75)
  tail call void @free(ptr noundef %12) #9
  tail call void @free(ptr noundef %13) #9
  tail call void @free(ptr noundef %15) #9
  ret i32 0

77:                                               ; preds = %80
  %78 = add nuw nsw i64 %68, 1
  %79 = icmp eq i64 %78, %63
  br i1 %79, label %72, label %67, !llvm.loop !21

80:                                               ; preds = %80, %67
  %81 = phi i64 [ 0, %67 ], [ %102, %80 ]
  %82 = phi double [ %69, %67 ], [ %101, %80 ]
  %83 = getelementptr inbounds nuw double, ptr %71, i64 %81
  %84 = load double, ptr %83, align 8, !tbaa !12
  %85 = fadd double %82, %84
  %86 = getelementptr inbounds nuw double, ptr %71, i64 %81
  %87 = getelementptr inbounds nuw i8, ptr %86, i64 8
  %88 = load double, ptr %87, align 8, !tbaa !12
  %89 = fadd double %85, %88
  %90 = getelementptr inbounds nuw double, ptr %71, i64 %81
  %91 = getelementptr inbounds nuw i8, ptr %90, i64 16
  %92 = load double, ptr %91, align 8, !tbaa !12
  %93 = fadd double %89, %92
  %94 = getelementptr inbounds nuw double, ptr %71, i64 %81
  %95 = getelementptr inbounds nuw i8, ptr %94, i64 24
  %96 = load double, ptr %95, align 8, !tbaa !12
  %97 = fadd double %93, %96
  %98 = getelementptr inbounds nuw double, ptr %71, i64 %81
  %99 = getelementptr inbounds nuw i8, ptr %98, i64 32
  %100 = load double, ptr %99, align 8, !tbaa !12
  %101 = fadd double %97, %100
  %102 = add nuw nsw i64 %81, 5
  %103 = icmp eq i64 %102, 130
  br i1 %103, label %77, label %80, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(read)
declare i32 @atoi(ptr noundef captures(none)) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_vla_scale(i32 noundef %0, ptr noundef captures(none) %1) unnamed_addr #3 {
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %34

4:                                                ; preds = %2
  %5 = zext nneg i32 %0 to i64
  br label %6

6:                                                ; preds = %4, %35
  %7 = phi i64 [ 0, %4 ], [ %36, %35 ]
  %8 = mul nuw nsw i64 %7, 960
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 %8
  br label %10

10:                                               ; preds = %10, %6
  %11 = phi i64 [ 0, %6 ], [ %32, %10 ]
  %12 = getelementptr inbounds nuw double, ptr %9, i64 %11
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %14 = load <2 x double>, ptr %12, align 8, !tbaa !12
  %15 = load <2 x double>, ptr %13, align 8, !tbaa !12
  %16 = fmul <2 x double> %14, splat (double 5.000000e-01)
  %17 = fmul <2 x double> %15, splat (double 5.000000e-01)
  store <2 x double> %16, ptr %12, align 8, !tbaa !12
  store <2 x double> %17, ptr %13, align 8, !tbaa !12
  %18 = getelementptr inbounds nuw double, ptr %9, i64 %11
  %19 = getelementptr inbounds nuw i8, ptr %18, i64 32
  %20 = getelementptr inbounds nuw i8, ptr %18, i64 48
  %21 = load <2 x double>, ptr %19, align 8, !tbaa !12
  %22 = load <2 x double>, ptr %20, align 8, !tbaa !12
  %23 = fmul <2 x double> %21, splat (double 5.000000e-01)
  %24 = fmul <2 x double> %22, splat (double 5.000000e-01)
  store <2 x double> %23, ptr %19, align 8, !tbaa !12
  store <2 x double> %24, ptr %20, align 8, !tbaa !12
  %25 = getelementptr inbounds nuw double, ptr %9, i64 %11
  %26 = getelementptr inbounds nuw i8, ptr %25, i64 64
  %27 = getelementptr inbounds nuw i8, ptr %25, i64 80
  %28 = load <2 x double>, ptr %26, align 8, !tbaa !12
  %29 = load <2 x double>, ptr %27, align 8, !tbaa !12
  %30 = fmul <2 x double> %28, splat (double 5.000000e-01)
  %31 = fmul <2 x double> %29, splat (double 5.000000e-01)
  store <2 x double> %30, ptr %26, align 8, !tbaa !12
  store <2 x double> %31, ptr %27, align 8, !tbaa !12
  %32 = add nuw nsw i64 %11, 12
  %33 = icmp eq i64 %32, 120
  br i1 %33, label %35, label %10, !llvm.loop !23

34:                                               ; preds = %35, %2
  ret void

35:                                               ; preds = %10
  %36 = add nuw nsw i64 %7, 1
  %37 = icmp eq i64 %36, %5
  br i1 %37, label %34, label %6, !llvm.loop !24
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_vla_matmul(i32 noundef %0, ptr noundef writeonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3) unnamed_addr #3 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %14

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  br label %8

8:                                                ; preds = %6, %18
  %9 = phi i64 [ 0, %6 ], [ %19, %18 ]
  %10 = mul nuw nsw i64 %9, 960
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 %10
  %12 = mul nuw nsw i64 %9, 1040
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 %12
  br label %15

14:                                               ; preds = %18, %4
  ret void

15:                                               ; preds = %8, %21
  %16 = phi i64 [ 0, %8 ], [ %23, %21 ]
  %17 = getelementptr inbounds nuw double, ptr %3, i64 %16
  br label %25

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %9, 1
  %20 = icmp eq i64 %19, %7
  br i1 %20, label %14, label %8, !llvm.loop !25

21:                                               ; preds = %25
  %22 = getelementptr inbounds nuw double, ptr %13, i64 %16
  store double %54, ptr %22, align 8, !tbaa !12
  %23 = add nuw nsw i64 %16, 1
  %24 = icmp eq i64 %23, 130
  br i1 %24, label %18, label %15, !llvm.loop !26

25:                                               ; preds = %25, %15
  %26 = phi i64 [ 0, %15 ], [ %55, %25 ]
  %27 = phi double [ 0.000000e+00, %15 ], [ %54, %25 ]
  %28 = getelementptr inbounds nuw double, ptr %11, i64 %26
  %29 = load double, ptr %28, align 8, !tbaa !12
  %30 = mul nuw nsw i64 %26, 1040
  %31 = getelementptr inbounds nuw i8, ptr %17, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !12
  %33 = tail call double @llvm.fmuladd.f64(double %29, double %32, double %27)
  %34 = or disjoint i64 %26, 1
  %35 = getelementptr inbounds nuw double, ptr %11, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !12
  %37 = mul nuw nsw i64 %34, 1040
  %38 = getelementptr inbounds nuw i8, ptr %17, i64 %37
  %39 = load double, ptr %38, align 8, !tbaa !12
  %40 = tail call double @llvm.fmuladd.f64(double %36, double %39, double %33)
  %41 = or disjoint i64 %26, 2
  %42 = getelementptr inbounds nuw double, ptr %11, i64 %41
  %43 = load double, ptr %42, align 8, !tbaa !12
  %44 = mul nuw nsw i64 %41, 1040
  %45 = getelementptr inbounds nuw i8, ptr %17, i64 %44
  %46 = load double, ptr %45, align 8, !tbaa !12
  %47 = tail call double @llvm.fmuladd.f64(double %43, double %46, double %40)
  %48 = or disjoint i64 %26, 3
  %49 = getelementptr inbounds nuw double, ptr %11, i64 %48
  %50 = load double, ptr %49, align 8, !tbaa !12
  %51 = mul nuw nsw i64 %48, 1040
  %52 = getelementptr inbounds nuw i8, ptr %17, i64 %51
  %53 = load double, ptr %52, align 8, !tbaa !12
  %54 = tail call double @llvm.fmuladd.f64(double %50, double %53, double %47)
  %55 = add nuw nsw i64 %26, 4
  %56 = icmp eq i64 %55, 120
  br i1 %56, label %21, label %25, !llvm.loop !27
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind }

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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !15, !16, !17}
!15 = !{!"llvm.loop.mustprogress"}
!16 = !{!"llvm.loop.isvectorized", i32 1}
!17 = !{!"llvm.loop.unroll.runtime.disable"}
!18 = distinct !{!18, !15}
!19 = distinct !{!19, !15, !16, !17}
!20 = distinct !{!20, !15}
!21 = distinct !{!21, !15}
!22 = distinct !{!22, !15}
!23 = distinct !{!23, !15, !16, !17}
!24 = distinct !{!24, !15}
!25 = distinct !{!25, !15}
!26 = distinct !{!26, !15}
!27 = distinct !{!27, !15}
