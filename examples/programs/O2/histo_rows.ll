; ModuleID = 'histo_rows.c'
source_filename = "histo_rows.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [39 x i8] c"sum %.12e rows[4] %.12e cols[5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(840000) ptr @malloc(i64 noundef 840000) #7
  %2 = tail call noalias dereferenceable_or_null(2400) ptr @malloc(i64 noundef 2400) #7
  %3 = tail call noalias dereferenceable_or_null(2800) ptr @malloc(i64 noundef 2800) #7
  br label %4

4:                                                ; preds = %0, %24
  %5 = phi i64 [ 0, %0 ], [ %25, %24 ]
  %6 = getelementptr inbounds nuw [350 x double], ptr %1, i64 %5
  %7 = mul nuw nsw i64 %5, 7
  %8 = insertelement <2 x i64> poison, i64 %7, i64 0
  %9 = shufflevector <2 x i64> %8, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %4
  %11 = phi i64 [ 0, %4 ], [ %20, %10 ]
  %12 = phi <2 x i64> [ <i64 0, i64 1>, %4 ], [ %21, %10 ]
  %13 = mul nuw nsw <2 x i64> %12, splat (i64 3)
  %14 = add nuw nsw <2 x i64> %13, %9
  %15 = trunc nuw nsw <2 x i64> %14 to <2 x i32>
  %16 = urem <2 x i32> %15, splat (i32 11)
  %17 = uitofp nneg <2 x i32> %16 to <2 x double>
  %18 = fdiv <2 x double> %17, splat (double 1.100000e+01)
  %19 = getelementptr inbounds nuw double, ptr %6, i64 %11
  store <2 x double> %18, ptr %19, align 8, !tbaa !9
  %20 = add nuw i64 %11, 2
  %21 = add nuw nsw <2 x i64> %12, splat (i64 2)
  %22 = icmp eq i64 %20, 350
  br i1 %22, label %24, label %10, !llvm.loop !11

23:                                               ; preds = %24
  tail call fastcc void @kernel_row_col_sums(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3)
  br label %27

24:                                               ; preds = %10
  %25 = add nuw nsw i64 %5, 1
  %26 = icmp eq i64 %25, 300
  br i1 %26, label %23, label %4, !llvm.loop !15

27:                                               ; preds = %27, %23
  %28 = phi i64 [ 0, %23 ], [ %53, %27 ]
  %29 = phi double [ 0.000000e+00, %23 ], [ %52, %27 ]
  %30 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = fadd double %29, %31
  %33 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %34 = getelementptr inbounds nuw i8, ptr %33, i64 8
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = fadd double %32, %35
  %37 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %38 = getelementptr inbounds nuw i8, ptr %37, i64 16
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = fadd double %36, %39
  %41 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 24
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = fadd double %40, %43
  %45 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 32
  %47 = load double, ptr %46, align 8, !tbaa !9
  %48 = fadd double %44, %47
  %49 = getelementptr inbounds nuw double, ptr %2, i64 %28
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 40
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fadd double %48, %51
  %53 = add nuw nsw i64 %28, 6
  %54 = icmp eq i64 %53, 300
  br i1 %54, label %61, label %27, !llvm.loop !16

55:                                               ; preds = %61
  %56 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw i8, ptr %3, i64 40
  %59 = load double, ptr %58, align 8, !tbaa !9
  %60 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %82, double noundef %57, double noundef %59)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  ret i32 0

61:                                               ; preds = %27, %61
  %62 = phi i64 [ %83, %61 ], [ 0, %27 ]
  %63 = phi double [ %82, %61 ], [ %52, %27 ]
  %64 = getelementptr inbounds nuw double, ptr %3, i64 %62
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = tail call double @llvm.fmuladd.f64(double %65, double 2.000000e+00, double %63)
  %67 = getelementptr inbounds nuw double, ptr %3, i64 %62
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 8
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = tail call double @llvm.fmuladd.f64(double %69, double 2.000000e+00, double %66)
  %71 = getelementptr inbounds nuw double, ptr %3, i64 %62
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 16
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = tail call double @llvm.fmuladd.f64(double %73, double 2.000000e+00, double %70)
  %75 = getelementptr inbounds nuw double, ptr %3, i64 %62
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 24
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = tail call double @llvm.fmuladd.f64(double %77, double 2.000000e+00, double %74)
  %79 = getelementptr inbounds nuw double, ptr %3, i64 %62
  %80 = getelementptr inbounds nuw i8, ptr %79, i64 32
  %81 = load double, ptr %80, align 8, !tbaa !9
  %82 = tail call double @llvm.fmuladd.f64(double %81, double 2.000000e+00, double %78)
  %83 = add nuw nsw i64 %62, 5
  %84 = icmp eq i64 %83, 350
  br i1 %84, label %55, label %61, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_row_col_sums(ptr noundef readonly captures(none) %0, ptr noundef captures(none) initializes((0, 2400)) %1, ptr noundef captures(none) initializes((0, 2800)) %2) unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2400) %1, i8 0, i64 2400, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2800) %2, i8 0, i64 2800, i1 false), !tbaa !9
  br label %4

4:                                                ; preds = %3, %9
  %5 = phi i64 [ 0, %3 ], [ %10, %9 ]
  %6 = getelementptr inbounds nuw [350 x double], ptr %0, i64 %5
  %7 = getelementptr inbounds nuw double, ptr %1, i64 %5
  br label %12

8:                                                ; preds = %9
  ret void

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 300
  br i1 %11, label %8, label %4, !llvm.loop !18

12:                                               ; preds = %12, %4
  %13 = phi i64 [ 0, %4 ], [ %31, %12 ]
  %14 = getelementptr inbounds nuw double, ptr %6, i64 %13
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = load double, ptr %7, align 8, !tbaa !9
  %17 = fadd double %15, %16
  store double %17, ptr %7, align 8, !tbaa !9
  %18 = load double, ptr %14, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %13
  %20 = load double, ptr %19, align 8, !tbaa !9
  %21 = fadd double %18, %20
  store double %21, ptr %19, align 8, !tbaa !9
  %22 = or disjoint i64 %13, 1
  %23 = getelementptr inbounds nuw double, ptr %6, i64 %22
  %24 = load double, ptr %23, align 8, !tbaa !9
  %25 = load double, ptr %7, align 8, !tbaa !9
  %26 = fadd double %24, %25
  store double %26, ptr %7, align 8, !tbaa !9
  %27 = load double, ptr %23, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw double, ptr %2, i64 %22
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = fadd double %27, %29
  store double %30, ptr %28, align 8, !tbaa !9
  %31 = add nuw nsw i64 %13, 2
  %32 = icmp eq i64 %31, 350
  br i1 %32, label %9, label %12, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
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
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
