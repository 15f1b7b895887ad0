; ModuleID = 'gemver.c'
source_filename = "gemver.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [20 x i8] c"w %.12e x[3] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = alloca [8 x ptr], align 16
  %2 = tail call noalias dereferenceable_or_null(1280000) ptr @malloc(i64 noundef 1280000) #7
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #8
  br label %19

3:                                                ; preds = %19
  %4 = load ptr, ptr %1, align 16, !tbaa !9
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %8 = load ptr, ptr %7, align 16, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %10 = load ptr, ptr %9, align 8, !tbaa !9
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %12 = load ptr, ptr %11, align 16, !tbaa !9
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 56
  %14 = load ptr, ptr %13, align 8, !tbaa !9
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %16 = load ptr, ptr %15, align 8, !tbaa !9
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %18 = load ptr, ptr %17, align 16, !tbaa !9
  br label %43

19:                                               ; preds = %0, %19
  %20 = phi i64 [ 0, %0 ], [ %23, %19 ]
  %21 = tail call noalias dereferenceable_or_null(3200) ptr @malloc(i64 noundef 3200) #7
  %22 = getelementptr inbounds nuw ptr, ptr %1, i64 %20
  store ptr %21, ptr %22, align 8, !tbaa !9
  %23 = add nuw nsw i64 %20, 1
  %24 = icmp eq i64 %23, 8
  br i1 %24, label %3, label %19, !llvm.loop !12

25:                                               ; preds = %65
  %26 = icmp eq i64 %48, 400
  br i1 %26, label %27, label %43, !llvm.loop !15

27:                                               ; preds = %25
  %28 = load ptr, ptr %1, align 16, !tbaa !9
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %30 = load ptr, ptr %29, align 8, !tbaa !9
  %31 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %32 = load ptr, ptr %31, align 16, !tbaa !9
  %33 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %34 = load ptr, ptr %33, align 8, !tbaa !9
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %36 = load ptr, ptr %35, align 16, !tbaa !9
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %38 = load ptr, ptr %37, align 8, !tbaa !9
  %39 = getelementptr inbounds nuw i8, ptr %1, i64 48
  %40 = load ptr, ptr %39, align 16, !tbaa !9
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 56
  %42 = load ptr, ptr %41, align 8, !tbaa !9
  tail call fastcc void @kernel_gemver(ptr noundef %2, ptr noundef %28, ptr noundef %30, ptr noundef %32, ptr noundef %34, ptr noundef %36, ptr noundef %38, ptr noundef %40, ptr noundef %42)
  br label %79

43:                                               ; preds = %3, %25
  %44 = phi i64 [ 0, %3 ], [ %48, %25 ]
  %45 = trunc nuw nsw i64 %44 to i32
  %46 = uitofp nneg i32 %45 to double
  %47 = getelementptr inbounds nuw double, ptr %4, i64 %44
  store double %46, ptr %47, align 8, !tbaa !16
  %48 = add nuw nsw i64 %44, 1
  %49 = trunc nuw nsw i64 %48 to i32
  %50 = uitofp nneg i32 %49 to double
  %51 = fdiv double %50, 4.000000e+02
  %52 = fmul double %51, 5.000000e-01
  %53 = getelementptr inbounds nuw double, ptr %6, i64 %44
  store double %52, ptr %53, align 8, !tbaa !16
  %54 = fmul double %51, 2.500000e-01
  %55 = getelementptr inbounds nuw double, ptr %8, i64 %44
  store double %54, ptr %55, align 8, !tbaa !16
  %56 = fdiv double %51, 6.000000e+00
  %57 = getelementptr inbounds nuw double, ptr %10, i64 %44
  store double %56, ptr %57, align 8, !tbaa !16
  %58 = fmul double %51, 1.250000e-01
  %59 = getelementptr inbounds nuw double, ptr %12, i64 %44
  store double %58, ptr %59, align 8, !tbaa !16
  %60 = fdiv double %51, 9.000000e+00
  %61 = getelementptr inbounds nuw double, ptr %14, i64 %44
  store double %60, ptr %61, align 8, !tbaa !16
  %62 = getelementptr inbounds nuw double, ptr %16, i64 %44
  store double 0.000000e+00, ptr %62, align 8, !tbaa !16
  %63 = getelementptr inbounds nuw double, ptr %18, i64 %44
  store double 0.000000e+00, ptr %63, align 8, !tbaa !16
  %64 = getelementptr inbounds nuw [400 x double], ptr %2, i64 %44
  br label %65

65:                                               ; preds = %43, %65
  %66 = phi i64 [ 0, %43 ], [ %73, %65 ]
  %67 = mul nuw nsw i64 %66, %44
  %68 = trunc nuw nsw i64 %67 to i32
  %69 = urem i32 %68, 400
  %70 = uitofp nneg i32 %69 to double
  %71 = fdiv double %70, 4.000000e+02
  %72 = getelementptr inbounds nuw double, ptr %64, i64 %66
  store double %71, ptr %72, align 8, !tbaa !16
  %73 = add nuw nsw i64 %66, 1
  %74 = icmp eq i64 %73, 400
  br i1 %74, label %25, label %65, !llvm.loop !18

75:                                               ; preds = %79
  %76 = getelementptr inbounds nuw i8, ptr %38, i64 24
  %77 = load double, ptr %76, align 8, !tbaa !16
  %78 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %84, double noundef %77)
  tail call void @free(ptr noundef %2) #8
  br label %88

79:                                               ; preds = %27, %79
  %80 = phi i64 [ 0, %27 ], [ %85, %79 ]
  %81 = phi double [ 0.000000e+00, %27 ], [ %84, %79 ]
  %82 = getelementptr inbounds nuw double, ptr %36, i64 %80
  %83 = load double, ptr %82, align 8, !tbaa !16
  %84 = fadd double %81, %83
  %85 = add nuw nsw i64 %80, 1
  %86 = icmp eq i64 %85, 400
  br i1 %86, label %75, label %79, !llvm.loop !19

87:                                               ; preds = %88
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #8
  ret i32 0

88:                                               ; preds = %75, %88
  %89 = phi i64 [ 0, %75 ], [ %92, %88 ]
  %90 = getelementptr inbounds nuw ptr, ptr %1, i64 %89
  %91 = load ptr, ptr %90, align 8, !tbaa !9
  tail call void @free(ptr noundef %91) #8
  %92 = add nuw nsw i64 %89, 1
  %93 = icmp eq i64 %92, 8
  br i1 %93, label %87, label %88, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_gemver(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3, ptr noundef readonly captures(none) %4, ptr noundef captures(none) %5, ptr noundef captures(none) %6, ptr noundef readonly captures(none) %7, ptr noundef readonly captures(none) %8) unnamed_addr #3 {
  br label %10

10:                                               ; preds = %9, %15
  %11 = phi i64 [ 0, %9 ], [ %16, %15 ]
  %12 = getelementptr inbounds nuw [400 x double], ptr %0, i64 %11
  %13 = getelementptr inbounds nuw double, ptr %1, i64 %11
  %14 = getelementptr inbounds nuw double, ptr %3, i64 %11
  br label %18

15:                                               ; preds = %18
  %16 = add nuw nsw i64 %11, 1
  %17 = icmp eq i64 %16, 400
  br i1 %17, label %32, label %10, !llvm.loop !21

18:                                               ; preds = %10, %18
  %19 = phi i64 [ 0, %10 ], [ %30, %18 ]
  %20 = getelementptr inbounds nuw double, ptr %12, i64 %19
  %21 = load double, ptr %20, align 8, !tbaa !16
  %22 = load double, ptr %13, align 8, !tbaa !16
  %23 = getelementptr inbounds nuw double, ptr %2, i64 %19
  %24 = load double, ptr %23, align 8, !tbaa !16
  %25 = tail call double @llvm.fmuladd.f64(double %22, double %24, double %21)
  %26 = load double, ptr %14, align 8, !tbaa !16
  %27 = getelementptr inbounds nuw double, ptr %4, i64 %19
  %28 = load double, ptr %27, align 8, !tbaa !16
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %25)
  store double %29, ptr %20, align 8, !tbaa !16
  %30 = add nuw nsw i64 %19, 1
  %31 = icmp eq i64 %30, 400
  br i1 %31, label %15, label %18, !llvm.loop !22

32:                                               ; preds = %15, %37
  %33 = phi i64 [ %38, %37 ], [ 0, %15 ]
  %34 = getelementptr inbounds nuw double, ptr %6, i64 %33
  %35 = getelementptr inbounds nuw double, ptr %0, i64 %33
  %36 = load double, ptr %34, align 8, !tbaa !16
  br label %40

37:                                               ; preds = %40
  %38 = add nuw nsw i64 %33, 1
  %39 = icmp eq i64 %38, 400
  br i1 %39, label %51, label %32, !llvm.loop !23

40:                                               ; preds = %32, %40
  %41 = phi i64 [ 0, %32 ], [ %49, %40 ]
  %42 = phi double [ %36, %32 ], [ %48, %40 ]
  %43 = getelementptr inbounds nuw [400 x double], ptr %35, i64 %41
  %44 = load double, ptr %43, align 8, !tbaa !16
  %45 = fmul double %44, 1.200000e+00
  %46 = getelementptr inbounds nuw double, ptr %7, i64 %41
  %47 = load double, ptr %46, align 8, !tbaa !16
  %48 = tail call double @llvm.fmuladd.f64(double %45, double %47, double %42)
  store double %48, ptr %34, align 8, !tbaa !16
  %49 = add nuw nsw i64 %41, 1
  %50 = icmp eq i64 %49, 400
  br i1 %50, label %37, label %40, !llvm.loop !24

51:                                               ; preds = %37, %51
  %52 = phi i64 [ %58, %51 ], [ 0, %37 ]
  %53 = getelementptr inbounds nuw double, ptr %6, i64 %52
  %54 = load double, ptr %53, align 8, !tbaa !16
  %55 = getelementptr inbounds nuw double, ptr %8, i64 %52
  %56 = load double, ptr %55, align 8, !tbaa !16
  %57 = fadd double %54, %56
  store double %57, ptr %53, align 8, !tbaa !16
  %58 = add nuw nsw i64 %52, 1
  %59 = icmp eq i64 %58, 400
  br i1 %59, label %60, label %51, !llvm.loop !25

60:                                               ; preds = %51, %66
  %61 = phi i64 [ %67, %66 ], [ 0, %51 ]
  %62 = getelementptr inbounds nuw double, ptr %5, i64 %61
  %63 = getelementptr inbounds nuw [400 x double], ptr %0, i64 %61
  %64 = load double, ptr %62, align 8, !tbaa !16
  br label %69

65:                                               ; preds = %66
  ret void

66:                                               ; preds = %69
  %67 = add nuw nsw i64 %61, 1
  %68 = icmp eq i64 %67, 400
  br i1 %68, label %65, label %60, !llvm.loop !26

69:                                               ; preds = %60, %69
  %70 = phi i64 [ 0, %60 ], [ %78, %69 ]
  %71 = phi double [ %64, %60 ], [ %77, %69 ]
  %72 = getelementptr inbounds nuw double, ptr %63, i64 %70
  %73 = load double, ptr %72, align 8, !tbaa !16
  %74 = fmul double %73, 1.500000e+00
  %75 = getelementptr inbounds nuw double, ptr %6, i64 %70
  %76 = load double, ptr %75, align 8, !tbaa !16
  %77 = tail call double @llvm.fmuladd.f64(double %74, double %76, double %71)
  store double %77, ptr %62, align 8, !tbaa !16
  %78 = add nuw nsw i64 %70, 1
  %79 = icmp eq i64 %78, 400
  br i1 %79, label %66, label %69, !llvm.loop !27
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!10 = !{!"p1 double", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !13, !14}
!16 = !{!17, !17, i64 0}
!17 = !{!"double", !7, i64 0}
!18 = distinct !{!18, !13, !14}
!19 = distinct !{!19, !13, !14}
!20 = distinct !{!20, !13, !14}
!21 = distinct !{!21, !13, !14}
!22 = distinct !{!22, !13, !14}
!23 = distinct !{!23, !13, !14}
!24 = distinct !{!24, !13, !14}
!25 = distinct !{!25, !13, !14}
!26 = distinct !{!26, !13, !14}
!27 = distinct !{!27, !13, !14}
