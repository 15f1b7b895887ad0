; ModuleID = 'deriche.c'
source_filename = "deriche.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.6e out[5][7] %.6e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(196608) ptr @malloc(i64 noundef 196608) #6
  %2 = tail call noalias dereferenceable_or_null(196608) ptr @malloc(i64 noundef 196608) #6
  %3 = tail call noalias dereferenceable_or_null(196608) ptr @malloc(i64 noundef 196608) #6
  %4 = tail call noalias dereferenceable_or_null(196608) ptr @malloc(i64 noundef 196608) #6
  br label %5

5:                                                ; preds = %0, %10
  %6 = phi i64 [ 0, %0 ], [ %11, %10 ]
  %7 = mul nuw nsw i64 %6, 313
  %8 = getelementptr inbounds nuw [192 x float], ptr %1, i64 %6
  br label %13

9:                                                ; preds = %10
  tail call fastcc void @kernel_deriche(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %24

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %6, 1
  %12 = icmp eq i64 %11, 256
  br i1 %12, label %9, label %5, !llvm.loop !9

13:                                               ; preds = %5, %13
  %14 = phi i64 [ 0, %5 ], [ %22, %13 ]
  %15 = mul nuw nsw i64 %14, 991
  %16 = add nuw nsw i64 %15, %7
  %17 = trunc nuw nsw i64 %16 to i32
  %18 = and i32 %17, 65535
  %19 = uitofp nneg i32 %18 to float
  %20 = fdiv float %19, 6.553500e+04
  %21 = getelementptr inbounds nuw float, ptr %8, i64 %14
  store float %20, ptr %21, align 4, !tbaa !12
  %22 = add nuw nsw i64 %14, 1
  %23 = icmp eq i64 %22, 192
  br i1 %23, label %10, label %13, !llvm.loop !14

24:                                               ; preds = %9, %33
  %25 = phi i64 [ 0, %9 ], [ %34, %33 ]
  %26 = phi double [ 0.000000e+00, %9 ], [ %42, %33 ]
  %27 = getelementptr inbounds nuw [192 x float], ptr %2, i64 %25
  br label %36

28:                                               ; preds = %33
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 3868
  %30 = load float, ptr %29, align 4, !tbaa !12
  %31 = fpext float %30 to double
  %32 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %42, double noundef %31)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  tail call void @free(ptr noundef %4) #7
  ret i32 0

33:                                               ; preds = %36
  %34 = add nuw nsw i64 %25, 1
  %35 = icmp eq i64 %34, 256
  br i1 %35, label %28, label %24, !llvm.loop !15

36:                                               ; preds = %24, %36
  %37 = phi i64 [ 0, %24 ], [ %43, %36 ]
  %38 = phi double [ %26, %24 ], [ %42, %36 ]
  %39 = getelementptr inbounds nuw float, ptr %27, i64 %37
  %40 = load float, ptr %39, align 4, !tbaa !12
  %41 = fpext float %40 to double
  %42 = fadd double %38, %41
  %43 = add nuw nsw i64 %37, 1
  %44 = icmp eq i64 %43, 192
  br i1 %44, label %33, label %36, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_deriche(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %9
  %6 = phi i64 [ 0, %4 ], [ %10, %9 ]
  %7 = getelementptr inbounds nuw [192 x float], ptr %0, i64 %6
  %8 = getelementptr inbounds nuw [192 x float], ptr %2, i64 %6
  br label %12

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %6, 1
  %11 = icmp eq i64 %10, 256
  br i1 %11, label %27, label %5, !llvm.loop !17

12:                                               ; preds = %5, %12
  %13 = phi i64 [ 0, %5 ], [ %25, %12 ]
  %14 = phi float [ 0.000000e+00, %5 ], [ %24, %12 ]
  %15 = phi float [ 0.000000e+00, %5 ], [ %16, %12 ]
  %16 = phi float [ 0.000000e+00, %5 ], [ %22, %12 ]
  %17 = getelementptr inbounds nuw float, ptr %7, i64 %13
  %18 = load float, ptr %17, align 4, !tbaa !12
  %19 = fmul float %14, 0x3FBC36A980000000
  %20 = tail call float @llvm.fmuladd.f32(float %18, float 0xBFC826B880000000, float %19)
  %21 = tail call float @llvm.fmuladd.f32(float %16, float 0x3FEAE89FA0000000, float %20)
  %22 = tail call float @llvm.fmuladd.f32(float %15, float 0xBFE368B300000000, float %21)
  %23 = getelementptr inbounds nuw float, ptr %8, i64 %13
  store float %22, ptr %23, align 4, !tbaa !12
  %24 = load float, ptr %17, align 4, !tbaa !12
  %25 = add nuw nsw i64 %13, 1
  %26 = icmp eq i64 %25, 192
  br i1 %26, label %9, label %12, !llvm.loop !18

27:                                               ; preds = %9, %31
  %28 = phi i64 [ %32, %31 ], [ 0, %9 ]
  %29 = getelementptr inbounds nuw [192 x float], ptr %3, i64 %28
  %30 = getelementptr inbounds nuw [192 x float], ptr %0, i64 %28
  br label %34

31:                                               ; preds = %34
  %32 = add nuw nsw i64 %28, 1
  %33 = icmp eq i64 %32, 256
  br i1 %33, label %49, label %27, !llvm.loop !19

34:                                               ; preds = %27, %34
  %35 = phi i64 [ 191, %27 ], [ %47, %34 ]
  %36 = phi float [ 0.000000e+00, %27 ], [ %37, %34 ]
  %37 = phi float [ 0.000000e+00, %27 ], [ %46, %34 ]
  %38 = phi float [ 0.000000e+00, %27 ], [ %39, %34 ]
  %39 = phi float [ 0.000000e+00, %27 ], [ %43, %34 ]
  %40 = fmul float %36, 0x3FBD4C0500000000
  %41 = tail call float @llvm.fmuladd.f32(float %37, float 0xBFC782E280000000, float %40)
  %42 = tail call float @llvm.fmuladd.f32(float %39, float 0x3FEAE89FA0000000, float %41)
  %43 = tail call float @llvm.fmuladd.f32(float %38, float 0xBFE368B300000000, float %42)
  %44 = getelementptr inbounds nuw float, ptr %29, i64 %35
  store float %43, ptr %44, align 4, !tbaa !12
  %45 = getelementptr inbounds nuw float, ptr %30, i64 %35
  %46 = load float, ptr %45, align 4, !tbaa !12
  %47 = add nsw i64 %35, -1
  %48 = icmp eq i64 %35, 0
  br i1 %48, label %31, label %34, !llvm.loop !20

49:                                               ; preds = %31, %55
  %50 = phi i64 [ %56, %55 ], [ 0, %31 ]
  %51 = getelementptr inbounds nuw [192 x float], ptr %2, i64 %50
  %52 = getelementptr inbounds nuw [192 x float], ptr %3, i64 %50
  %53 = getelementptr inbounds nuw [192 x float], ptr %1, i64 %50
  br label %58

54:                                               ; preds = %55
  ret void

55:                                               ; preds = %58
  %56 = add nuw nsw i64 %50, 1
  %57 = icmp eq i64 %56, 256
  br i1 %57, label %54, label %49, !llvm.loop !21

58:                                               ; preds = %49, %58
  %59 = phi i64 [ 0, %49 ], [ %66, %58 ]
  %60 = getelementptr inbounds nuw float, ptr %51, i64 %59
  %61 = load float, ptr %60, align 4, !tbaa !12
  %62 = getelementptr inbounds nuw float, ptr %52, i64 %59
  %63 = load float, ptr %62, align 4, !tbaa !12
  %64 = fadd float %61, %63
  %65 = getelementptr inbounds nuw float, ptr %53, i64 %59
  store float %64, ptr %65, align 4, !tbaa !12
  %66 = add nuw nsw i64 %59, 1
  %67 = icmp eq i64 %66, 192
  br i1 %67, label %55, label %58, !llvm.loop !22
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

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
!13 = !{!"float", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
