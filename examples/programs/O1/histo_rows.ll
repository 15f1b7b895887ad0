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

4:                                                ; preds = %0, %9
  %5 = phi i64 [ 0, %0 ], [ %10, %9 ]
  %6 = mul nuw nsw i64 %5, 7
  %7 = getelementptr inbounds nuw [350 x double], ptr %1, i64 %5
  br label %12

8:                                                ; preds = %9
  tail call fastcc void @kernel_row_col_sums(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %23

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 300
  br i1 %11, label %8, label %4, !llvm.loop !9

12:                                               ; preds = %4, %12
  %13 = phi i64 [ 0, %4 ], [ %21, %12 ]
  %14 = mul nuw nsw i64 %13, 3
  %15 = add nuw nsw i64 %14, %6
  %16 = trunc nuw nsw i64 %15 to i32
  %17 = urem i32 %16, 11
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %18, 1.100000e+01
  %20 = getelementptr inbounds nuw double, ptr %7, i64 %13
  store double %19, ptr %20, align 8, !tbaa !12
  %21 = add nuw nsw i64 %13, 1
  %22 = icmp eq i64 %21, 350
  br i1 %22, label %9, label %12, !llvm.loop !14

23:                                               ; preds = %8, %23
  %24 = phi i64 [ 0, %8 ], [ %29, %23 ]
  %25 = phi double [ 0.000000e+00, %8 ], [ %28, %23 ]
  %26 = getelementptr inbounds nuw double, ptr %2, i64 %24
  %27 = load double, ptr %26, align 8, !tbaa !12
  %28 = fadd double %25, %27
  %29 = add nuw nsw i64 %24, 1
  %30 = icmp eq i64 %29, 300
  br i1 %30, label %37, label %23, !llvm.loop !15

31:                                               ; preds = %37
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = getelementptr inbounds nuw i8, ptr %3, i64 40
  %35 = load double, ptr %34, align 8, !tbaa !12
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %42, double noundef %33, double noundef %35)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  ret i32 0

37:                                               ; preds = %23, %37
  %38 = phi i64 [ %43, %37 ], [ 0, %23 ]
  %39 = phi double [ %42, %37 ], [ %28, %23 ]
  %40 = getelementptr inbounds nuw double, ptr %3, i64 %38
  %41 = load double, ptr %40, align 8, !tbaa !12
  %42 = tail call double @llvm.fmuladd.f64(double %41, double 2.000000e+00, double %39)
  %43 = add nuw nsw i64 %38, 1
  %44 = icmp eq i64 %43, 350
  br i1 %44, label %31, label %37, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_row_col_sums(ptr noundef readonly captures(none) %0, ptr noundef captures(none) initializes((0, 2400)) %1, ptr noundef captures(none) initializes((0, 2800)) %2) unnamed_addr #2 {
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2400) %1, i8 0, i64 2400, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(2800) %2, i8 0, i64 2800, i1 false), !tbaa !12
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
  br i1 %11, label %8, label %4, !llvm.loop !17

12:                                               ; preds = %4, %12
  %13 = phi i64 [ 0, %4 ], [ %22, %12 ]
  %14 = getelementptr inbounds nuw double, ptr %6, i64 %13
  %15 = load double, ptr %14, align 8, !tbaa !12
  %16 = load double, ptr %7, align 8, !tbaa !12
  %17 = fadd double %15, %16
  store double %17, ptr %7, align 8, !tbaa !12
  %18 = load double, ptr %14, align 8, !tbaa !12
  %19 = getelementptr inbounds nuw double, ptr %2, i64 %13
  %20 = load double, ptr %19, align 8, !tbaa !12
  %21 = fadd double %18, %20
  store double %21, ptr %19, align 8, !tbaa !12
  %22 = add nuw nsw i64 %13, 1
  %23 = icmp eq i64 %22, 350
  br i1 %23, label %9, label %12, !llvm.loop !18
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
