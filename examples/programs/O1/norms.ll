; ModuleID = 'norms.c'
source_filename = "norms.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"asum %.12e nrm2 %.12e dot %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(800000) ptr @malloc(i64 noundef 800000) #8
  %2 = tail call noalias dereferenceable_or_null(800000) ptr @malloc(i64 noundef 800000) #8
  br label %8

3:                                                ; preds = %8
  %4 = tail call fastcc double @kernel_asum(ptr noundef %1)
  %5 = tail call fastcc double @kernel_nrm2(ptr noundef %1)
  %6 = tail call fastcc double @kernel_dot(ptr noundef %1, ptr noundef %2)
  %7 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %4, double noundef %5, double noundef %6)
  tail call void @free(ptr noundef %1) #9
  tail call void @free(ptr noundef %2) #9
  ret i32 0

8:                                                ; preds = %0, %8
  %9 = phi i64 [ 0, %0 ], [ %23, %8 ]
  %10 = trunc i64 %9 to i32
  %11 = mul i32 %10, 31
  %12 = urem i32 %11, 97
  %13 = add nsw i32 %12, -48
  %14 = sitofp i32 %13 to double
  %15 = fdiv double %14, 9.700000e+01
  %16 = getelementptr inbounds nuw double, ptr %1, i64 %9
  store double %15, ptr %16, align 8, !tbaa !9
  %17 = trunc i64 %9 to i32
  %18 = mul i32 %17, 17
  %19 = urem i32 %18, 89
  %20 = uitofp nneg i32 %19 to double
  %21 = fdiv double %20, 8.900000e+01
  %22 = getelementptr inbounds nuw double, ptr %2, i64 %9
  store double %21, ptr %22, align 8, !tbaa !9
  %23 = add nuw nsw i64 %9, 1
  %24 = icmp eq i64 %23, 100000
  br i1 %24, label %3, label %8, !llvm.loop !11
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc double @kernel_asum(ptr noundef readonly captures(none) %0) unnamed_addr #3 {
  br label %3

2:                                                ; preds = %3
  ret double %9

3:                                                ; preds = %1, %3
  %4 = phi i64 [ 0, %1 ], [ %10, %3 ]
  %5 = phi double [ 0.000000e+00, %1 ], [ %9, %3 ]
  %6 = getelementptr inbounds nuw double, ptr %0, i64 %4
  %7 = load double, ptr %6, align 8, !tbaa !9
  %8 = tail call double @llvm.fabs.f64(double %7)
  %9 = fadd double %5, %8
  %10 = add nuw nsw i64 %4, 1
  %11 = icmp eq i64 %10, 100000
  br i1 %11, label %2, label %3, !llvm.loop !14
}

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define internal fastcc double @kernel_nrm2(ptr noundef readonly captures(none) %0) unnamed_addr #4 {
  br label %4

2:                                                ; preds = %4
  %3 = tail call double @sqrt(double noundef %9) #9, !tbaa !5
  ret double %3

4:                                                ; preds = %1, %4
  %5 = phi i64 [ 0, %1 ], [ %10, %4 ]
  %6 = phi double [ 0.000000e+00, %1 ], [ %9, %4 ]
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = tail call double @llvm.fmuladd.f64(double %8, double %8, double %6)
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 100000
  br i1 %11, label %2, label %4, !llvm.loop !15
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable
define internal fastcc double @kernel_dot(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #3 {
  br label %4

3:                                                ; preds = %4
  ret double %11

4:                                                ; preds = %2, %4
  %5 = phi i64 [ 0, %2 ], [ %12, %4 ]
  %6 = phi double [ 0.000000e+00, %2 ], [ %11, %4 ]
  %7 = getelementptr inbounds nuw double, ptr %0, i64 %5
  %8 = load double, ptr %7, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw double, ptr %1, i64 %5
  %10 = load double, ptr %9, align 8, !tbaa !9
  %11 = tail call double @llvm.fmuladd.f64(double %8, double %10, double %6)
  %12 = add nuw nsw i64 %5, 1
  %13 = icmp eq i64 %12, 100000
  br i1 %13, label %3, label %4, !llvm.loop !16
}

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #6

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree noinline norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
