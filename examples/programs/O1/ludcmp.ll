; ModuleID = 'ludcmp.c'
source_filename = "ludcmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"sum %.12e x[0] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(387200) ptr @malloc(i64 noundef 387200) #6
  %2 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #6
  %3 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #6
  %4 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #6
  br label %8

5:                                                ; preds = %26
  %6 = icmp eq i64 %10, 220
  br i1 %6, label %7, label %8, !llvm.loop !9

7:                                                ; preds = %5
  tail call fastcc void @kernel_ludcmp(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %34

8:                                                ; preds = %0, %5
  %9 = phi i64 [ 0, %0 ], [ %10, %5 ]
  %10 = add nuw nsw i64 %9, 1
  %11 = trunc nuw nsw i64 %10 to i32
  %12 = uitofp nneg i32 %11 to double
  %13 = fdiv double %12, 2.200000e+02
  %14 = getelementptr inbounds nuw double, ptr %2, i64 %9
  store double %13, ptr %14, align 8, !tbaa !12
  %15 = getelementptr inbounds nuw [220 x double], ptr %1, i64 %9
  br label %16

16:                                               ; preds = %8, %26
  %17 = phi i64 [ 0, %8 ], [ %29, %26 ]
  %18 = icmp eq i64 %9, %17
  br i1 %18, label %26, label %19

19:                                               ; preds = %16
  %20 = shl nuw nsw i64 %17, 1
  %21 = add nuw nsw i64 %20, %9
  %22 = trunc nuw nsw i64 %21 to i32
  %23 = urem i32 %22, 9
  %24 = uitofp nneg i32 %23 to double
  %25 = fdiv double %24, 9.000000e+00
  br label %26

26:                                               ; preds = %16, %19
  %27 = phi double [ %25, %19 ], [ 2.200000e+02, %16 ]
  %28 = getelementptr inbounds nuw double, ptr %15, i64 %17
  store double %27, ptr %28, align 8, !tbaa !12
  %29 = add nuw nsw i64 %17, 1
  %30 = icmp eq i64 %29, 220
  br i1 %30, label %5, label %16, !llvm.loop !14

31:                                               ; preds = %34
  %32 = load double, ptr %3, align 8, !tbaa !12
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %39, double noundef %32)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  tail call void @free(ptr noundef %4) #7
  ret i32 0

34:                                               ; preds = %7, %34
  %35 = phi i64 [ 0, %7 ], [ %40, %34 ]
  %36 = phi double [ 0.000000e+00, %7 ], [ %39, %34 ]
  %37 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %38 = load double, ptr %37, align 8, !tbaa !12
  %39 = fadd double %36, %38
  %40 = add nuw nsw i64 %35, 1
  %41 = icmp eq i64 %40, 220
  br i1 %41, label %31, label %34, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_ludcmp(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %38
  %6 = phi i64 [ 0, %4 ], [ %39, %38 ]
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %10, label %8

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %6
  br label %13

10:                                               ; preds = %19, %5
  %11 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %6
  %12 = icmp eq i64 %6, 0
  br label %41

13:                                               ; preds = %8, %19
  %14 = phi i64 [ 0, %8 ], [ %25, %19 ]
  %15 = getelementptr inbounds nuw double, ptr %9, i64 %14
  %16 = load double, ptr %15, align 8, !tbaa !12
  %17 = getelementptr inbounds nuw double, ptr %0, i64 %14
  %18 = icmp eq i64 %14, 0
  br i1 %18, label %19, label %27

19:                                               ; preds = %27, %13
  %20 = phi double [ %16, %13 ], [ %35, %27 ]
  %21 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %14
  %22 = getelementptr inbounds nuw double, ptr %21, i64 %14
  %23 = load double, ptr %22, align 8, !tbaa !12
  %24 = fdiv double %20, %23
  store double %24, ptr %15, align 8, !tbaa !12
  %25 = add nuw nsw i64 %14, 1
  %26 = icmp eq i64 %25, %6
  br i1 %26, label %10, label %13, !llvm.loop !16

27:                                               ; preds = %13, %27
  %28 = phi i64 [ %36, %27 ], [ 0, %13 ]
  %29 = phi double [ %35, %27 ], [ %16, %13 ]
  %30 = getelementptr inbounds nuw double, ptr %9, i64 %28
  %31 = load double, ptr %30, align 8, !tbaa !12
  %32 = getelementptr inbounds nuw [220 x double], ptr %17, i64 %28
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = fneg double %31
  %35 = tail call double @llvm.fmuladd.f64(double %34, double %33, double %29)
  %36 = add nuw nsw i64 %28, 1
  %37 = icmp eq i64 %36, %14
  br i1 %37, label %19, label %27, !llvm.loop !17

38:                                               ; preds = %46
  %39 = add nuw nsw i64 %6, 1
  %40 = icmp eq i64 %39, 220
  br i1 %40, label %61, label %5, !llvm.loop !18

41:                                               ; preds = %10, %46
  %42 = phi i64 [ %6, %10 ], [ %48, %46 ]
  %43 = getelementptr inbounds nuw double, ptr %11, i64 %42
  %44 = load double, ptr %43, align 8, !tbaa !12
  %45 = getelementptr inbounds nuw double, ptr %0, i64 %42
  br i1 %12, label %46, label %50

46:                                               ; preds = %50, %41
  %47 = phi double [ %44, %41 ], [ %58, %50 ]
  store double %47, ptr %43, align 8, !tbaa !12
  %48 = add nuw nsw i64 %42, 1
  %49 = icmp eq i64 %48, 220
  br i1 %49, label %38, label %41, !llvm.loop !19

50:                                               ; preds = %41, %50
  %51 = phi i64 [ %59, %50 ], [ 0, %41 ]
  %52 = phi double [ %58, %50 ], [ %44, %41 ]
  %53 = getelementptr inbounds nuw double, ptr %11, i64 %51
  %54 = load double, ptr %53, align 8, !tbaa !12
  %55 = getelementptr inbounds nuw [220 x double], ptr %45, i64 %51
  %56 = load double, ptr %55, align 8, !tbaa !12
  %57 = fneg double %54
  %58 = tail call double @llvm.fmuladd.f64(double %57, double %56, double %52)
  %59 = add nuw nsw i64 %51, 1
  %60 = icmp eq i64 %59, %6
  br i1 %60, label %46, label %50, !llvm.loop !20

61:                                               ; preds = %38, %68
  %62 = phi i64 [ %71, %68 ], [ 0, %38 ]
  %63 = getelementptr inbounds nuw double, ptr %1, i64 %62
  %64 = load double, ptr %63, align 8, !tbaa !12
  %65 = icmp eq i64 %62, 0
  br i1 %65, label %68, label %66

66:                                               ; preds = %61
  %67 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %62
  br label %73

68:                                               ; preds = %73, %61
  %69 = phi double [ %64, %61 ], [ %81, %73 ]
  %70 = getelementptr inbounds nuw double, ptr %3, i64 %62
  store double %69, ptr %70, align 8, !tbaa !12
  %71 = add nuw nsw i64 %62, 1
  %72 = icmp eq i64 %71, 220
  br i1 %72, label %85, label %61, !llvm.loop !21

73:                                               ; preds = %66, %73
  %74 = phi i64 [ 0, %66 ], [ %82, %73 ]
  %75 = phi double [ %64, %66 ], [ %81, %73 ]
  %76 = getelementptr inbounds nuw double, ptr %67, i64 %74
  %77 = load double, ptr %76, align 8, !tbaa !12
  %78 = getelementptr inbounds nuw double, ptr %3, i64 %74
  %79 = load double, ptr %78, align 8, !tbaa !12
  %80 = fneg double %77
  %81 = tail call double @llvm.fmuladd.f64(double %80, double %79, double %75)
  %82 = add nuw nsw i64 %74, 1
  %83 = icmp eq i64 %82, %62
  br i1 %83, label %68, label %73, !llvm.loop !22

84:                                               ; preds = %92
  ret void

85:                                               ; preds = %68, %92
  %86 = phi i64 [ %99, %92 ], [ 219, %68 ]
  %87 = getelementptr inbounds nuw double, ptr %3, i64 %86
  %88 = load double, ptr %87, align 8, !tbaa !12
  %89 = icmp samesign ult i64 %86, 219
  br i1 %89, label %90, label %92

90:                                               ; preds = %85
  %91 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %86
  br label %101

92:                                               ; preds = %101, %85
  %93 = phi double [ %88, %85 ], [ %110, %101 ]
  %94 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %86
  %95 = getelementptr inbounds nuw double, ptr %94, i64 %86
  %96 = load double, ptr %95, align 8, !tbaa !12
  %97 = fdiv double %93, %96
  %98 = getelementptr inbounds nuw double, ptr %2, i64 %86
  store double %97, ptr %98, align 8, !tbaa !12
  %99 = add nsw i64 %86, -1
  %100 = icmp eq i64 %86, 0
  br i1 %100, label %84, label %85, !llvm.loop !23

101:                                              ; preds = %90, %101
  %102 = phi i64 [ %86, %90 ], [ %104, %101 ]
  %103 = phi double [ %88, %90 ], [ %110, %101 ]
  %104 = add nuw nsw i64 %102, 1
  %105 = getelementptr inbounds nuw double, ptr %91, i64 %104
  %106 = load double, ptr %105, align 8, !tbaa !12
  %107 = getelementptr inbounds nuw double, ptr %2, i64 %104
  %108 = load double, ptr %107, align 8, !tbaa !12
  %109 = fneg double %106
  %110 = tail call double @llvm.fmuladd.f64(double %109, double %108, double %103)
  %111 = icmp eq i64 %104, 219
  br i1 %111, label %92, label %101, !llvm.loop !24
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
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
!24 = distinct !{!24, !10, !11}
