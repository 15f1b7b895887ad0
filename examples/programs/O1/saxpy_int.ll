; ModuleID = 'saxpy_int.c'
source_filename = "saxpy_int.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"ints %ld floats %.9e z[77] %.9e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  %2 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  %3 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  %4 = tail call noalias dereferenceable_or_null(200000) ptr @malloc(i64 noundef 200000) #7
  br label %6

5:                                                ; preds = %6
  tail call fastcc void @kernel_clamp(ptr noundef %1)
  tail call fastcc void @kernel_saxpy(ptr noundef %2, ptr noundef %3)
  tail call fastcc void @kernel_scale_copy(ptr noundef %3, ptr noundef %4)
  br label %30

6:                                                ; preds = %0, %6
  %7 = phi i64 [ 0, %0 ], [ %23, %6 ]
  %8 = trunc i64 %7 to i32
  %9 = mul i32 %8, 7919
  %10 = urem i32 %9, 1000
  %11 = add nsw i32 %10, -500
  %12 = getelementptr inbounds nuw i32, ptr %1, i64 %7
  store i32 %11, ptr %12, align 4, !tbaa !5
  %13 = trunc nuw nsw i64 %7 to i32
  %14 = urem i32 %13, 100
  %15 = uitofp nneg i32 %14 to float
  %16 = fdiv float %15, 1.000000e+02
  %17 = getelementptr inbounds nuw float, ptr %2, i64 %7
  store float %16, ptr %17, align 4, !tbaa !9
  %18 = trunc nuw nsw i64 %7 to i32
  %19 = urem i32 %18, 37
  %20 = uitofp nneg i32 %19 to float
  %21 = fdiv float %20, 3.700000e+01
  %22 = getelementptr inbounds nuw float, ptr %3, i64 %7
  store float %21, ptr %22, align 4, !tbaa !9
  %23 = add nuw nsw i64 %7, 1
  %24 = icmp eq i64 %23, 50000
  br i1 %24, label %5, label %6, !llvm.loop !11

25:                                               ; preds = %30
  %26 = getelementptr inbounds nuw i8, ptr %4, i64 308
  %27 = load float, ptr %26, align 4, !tbaa !9
  %28 = fpext float %27 to double
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i64 noundef %37, double noundef %41, double noundef %28)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  ret i32 0

30:                                               ; preds = %5, %30
  %31 = phi i64 [ 0, %5 ], [ %42, %30 ]
  %32 = phi double [ 0.000000e+00, %5 ], [ %41, %30 ]
  %33 = phi i64 [ 0, %5 ], [ %37, %30 ]
  %34 = getelementptr inbounds nuw i32, ptr %1, i64 %31
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = add nsw i64 %33, %36
  %38 = getelementptr inbounds nuw float, ptr %4, i64 %31
  %39 = load float, ptr %38, align 4, !tbaa !9
  %40 = fpext float %39 to double
  %41 = fadd double %32, %40
  %42 = add nuw nsw i64 %31, 1
  %43 = icmp eq i64 %42, 50000
  br i1 %43, label %25, label %30, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_clamp(ptr noundef captures(none) %0) unnamed_addr #2 {
  br label %3

2:                                                ; preds = %3
  ret void

3:                                                ; preds = %1, %3
  %4 = phi i64 [ 0, %1 ], [ %9, %3 ]
  %5 = getelementptr inbounds nuw i32, ptr %0, i64 %4
  %6 = load i32, ptr %5, align 4, !tbaa !5
  %7 = tail call i32 @llvm.smax.i32(i32 %6, i32 -100)
  %8 = tail call i32 @llvm.smin.i32(i32 %7, i32 250)
  store i32 %8, ptr %5, align 4, !tbaa !5
  %9 = add nuw nsw i64 %4, 1
  %10 = icmp eq i64 %9, 50000
  br i1 %10, label %2, label %3, !llvm.loop !15
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_saxpy(ptr noundef readonly captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %4

3:                                                ; preds = %4
  ret void

4:                                                ; preds = %2, %4
  %5 = phi i64 [ 0, %2 ], [ %11, %4 ]
  %6 = getelementptr inbounds nuw float, ptr %0, i64 %5
  %7 = load float, ptr %6, align 4, !tbaa !9
  %8 = getelementptr inbounds nuw float, ptr %1, i64 %5
  %9 = load float, ptr %8, align 4, !tbaa !9
  %10 = tail call float @llvm.fmuladd.f32(float %7, float 2.500000e+00, float %9)
  store float %10, ptr %8, align 4, !tbaa !9
  %11 = add nuw nsw i64 %5, 1
  %12 = icmp eq i64 %11, 50000
  br i1 %12, label %3, label %4, !llvm.loop !16
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_scale_copy(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1) unnamed_addr #2 {
  br label %4

3:                                                ; preds = %4
  ret void

4:                                                ; preds = %2, %4
  %5 = phi i64 [ 0, %2 ], [ %10, %4 ]
  %6 = getelementptr inbounds nuw float, ptr %0, i64 %5
  %7 = load float, ptr %6, align 4, !tbaa !9
  %8 = fmul float %7, 5.000000e-01
  %9 = getelementptr inbounds nuw float, ptr %1, i64 %5
  store float %8, ptr %9, align 4, !tbaa !9
  %10 = add nuw nsw i64 %5, 1
  %11 = icmp eq i64 %10, 50000
  br i1 %11, label %3, label %4, !llvm.loop !17
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

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
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
