; ModuleID = 'band_matvec.c'
source_filename = "band_matvec.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [35 x i8] c"sum %.12e y[0] %.12e y[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(32000000) ptr @malloc(i64 noundef 32000000) #7
  %2 = tail call noalias dereferenceable_or_null(16000) ptr @malloc(i64 noundef 16000) #7
  %3 = tail call noalias dereferenceable_or_null(16000) ptr @malloc(i64 noundef 16000) #7
  br label %5

4:                                                ; preds = %37
  tail call fastcc void @kernel_band_matvec(ptr noundef nonnull %1, ptr noundef nonnull %2, ptr noundef %3)
  br label %45

5:                                                ; preds = %0, %37
  %6 = phi i64 [ 0, %0 ], [ %38, %37 ]
  %7 = trunc i64 %6 to i16
  %8 = urem i16 %7, 17
  %9 = uitofp nneg i16 %8 to double
  %10 = fdiv double %9, 1.700000e+01
  %11 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw [2000 x double], ptr %1, i64 %6
  %13 = insertelement <2 x i64> poison, i64 %6, i64 0
  %14 = shufflevector <2 x i64> %13, <2 x i64> poison, <2 x i32> zeroinitializer
  %15 = add <2 x i64> splat (i64 4), %14
  br label %16

16:                                               ; preds = %16, %5
  %17 = phi i64 [ 0, %5 ], [ %34, %16 ]
  %18 = phi <2 x i64> [ <i64 0, i64 1>, %5 ], [ %35, %16 ]
  %19 = shl nuw nsw <2 x i64> %18, splat (i64 1)
  %20 = add nuw nsw <2 x i64> %19, %14
  %21 = trunc nuw nsw <2 x i64> %20 to <2 x i32>
  %22 = urem <2 x i32> %21, splat (i32 23)
  %23 = uitofp nneg <2 x i32> %22 to <2 x double>
  %24 = fdiv <2 x double> %23, splat (double 2.300000e+01)
  %25 = getelementptr inbounds nuw double, ptr %12, i64 %17
  store <2 x double> %24, ptr %25, align 8, !tbaa !9
  %26 = shl nuw <2 x i64> %18, splat (i64 1)
  %27 = add <2 x i64> %26, %15
  %28 = trunc nuw nsw <2 x i64> %27 to <2 x i32>
  %29 = urem <2 x i32> %28, splat (i32 23)
  %30 = uitofp nneg <2 x i32> %29 to <2 x double>
  %31 = fdiv <2 x double> %30, splat (double 2.300000e+01)
  %32 = getelementptr inbounds nuw double, ptr %12, i64 %17
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 16
  store <2 x double> %31, ptr %33, align 8, !tbaa !9
  %34 = add nuw nsw i64 %17, 4
  %35 = add nuw nsw <2 x i64> %18, splat (i64 4)
  %36 = icmp eq i64 %34, 2000
  br i1 %36, label %37, label %16, !llvm.loop !11

37:                                               ; preds = %16
  %38 = add nuw nsw i64 %6, 1
  %39 = icmp eq i64 %38, 2000
  br i1 %39, label %4, label %5, !llvm.loop !15

40:                                               ; preds = %45
  %41 = load double, ptr %3, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %3, i64 15992
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %78, double noundef %41, double noundef %43)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  ret i32 0

45:                                               ; preds = %45, %4
  %46 = phi i64 [ 0, %4 ], [ %79, %45 ]
  %47 = phi double [ 0.000000e+00, %4 ], [ %78, %45 ]
  %48 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %47, %49
  %51 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 8
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 16
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 24
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %64 = getelementptr inbounds nuw i8, ptr %63, i64 32
  %65 = load double, ptr %64, align 8, !tbaa !9
  %66 = fadd double %62, %65
  %67 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 40
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = fadd double %66, %69
  %71 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %72 = getelementptr inbounds nuw i8, ptr %71, i64 48
  %73 = load double, ptr %72, align 8, !tbaa !9
  %74 = fadd double %70, %73
  %75 = getelementptr inbounds nuw double, ptr %3, i64 %46
  %76 = getelementptr inbounds nuw i8, ptr %75, i64 56
  %77 = load double, ptr %76, align 8, !tbaa !9
  %78 = fadd double %74, %77
  %79 = add nuw nsw i64 %46, 8
  %80 = icmp eq i64 %79, 2000
  br i1 %80, label %40, label %45, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_band_matvec(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef writeonly captures(none) %2) unnamed_addr #2 {
  br label %5

4:                                                ; preds = %17
  ret void

5:                                                ; preds = %3, %17
  %6 = phi i64 [ 0, %3 ], [ %20, %17 ]
  %7 = trunc nuw nsw i64 %6 to i32
  %8 = tail call i32 @llvm.usub.sat.i32(i32 %7, i32 12)
  %9 = tail call i32 @llvm.umin.i32(i32 %7, i32 1987)
  %10 = add nuw nsw i32 %9, 12
  %11 = icmp samesign ugt i32 %8, %10
  br i1 %11, label %17, label %12

12:                                               ; preds = %5
  %13 = tail call i32 @llvm.usub.sat.i32(i32 %7, i32 12)
  %14 = zext i32 %13 to i64
  %15 = getelementptr inbounds nuw [2000 x double], ptr %0, i64 %6
  %16 = zext nneg i32 %10 to i64
  br label %22

17:                                               ; preds = %22, %5
  %18 = phi double [ 0.000000e+00, %5 ], [ %29, %22 ]
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double %18, ptr %19, align 8, !tbaa !9
  %20 = add nuw nsw i64 %6, 1
  %21 = icmp eq i64 %20, 2000
  br i1 %21, label %4, label %5, !llvm.loop !17

22:                                               ; preds = %12, %22
  %23 = phi i64 [ %14, %12 ], [ %30, %22 ]
  %24 = phi double [ 0.000000e+00, %12 ], [ %29, %22 ]
  %25 = getelementptr inbounds nuw double, ptr %15, i64 %23
  %26 = load double, ptr %25, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw double, ptr %1, i64 %23
  %28 = load double, ptr %27, align 8, !tbaa !9
  %29 = tail call double @llvm.fmuladd.f64(double %26, double %28, double %24)
  %30 = add nuw nsw i64 %23, 1
  %31 = icmp samesign ult i64 %23, %16
  br i1 %31, label %22, label %17, !llvm.loop !18
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.usub.sat.i32(i32, i32) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #6

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
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
