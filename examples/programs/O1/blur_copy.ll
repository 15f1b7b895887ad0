; ModuleID = 'blur_copy.c'
source_filename = "blur_copy.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [27 x i8] c"sum %.9e img[50][60] %.9e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(176000) ptr @malloc(i64 noundef 176000) #6
  %2 = tail call noalias dereferenceable_or_null(176000) ptr @malloc(i64 noundef 176000) #6
  br label %3

3:                                                ; preds = %0, %9
  %4 = phi i64 [ 0, %0 ], [ %10, %9 ]
  %5 = mul nuw nsw i64 %4, 13
  %6 = getelementptr inbounds nuw [220 x float], ptr %2, i64 %4
  %7 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %4
  br label %12

8:                                                ; preds = %9
  tail call fastcc void @kernel_blur(ptr noundef %1, ptr noundef %2)
  br label %23

9:                                                ; preds = %12
  %10 = add nuw nsw i64 %4, 1
  %11 = icmp eq i64 %10, 200
  br i1 %11, label %8, label %3, !llvm.loop !9

12:                                               ; preds = %3, %12
  %13 = phi i64 [ 0, %3 ], [ %21, %12 ]
  %14 = mul nuw nsw i64 %13, 7
  %15 = add nuw nsw i64 %14, %5
  %16 = trunc nuw nsw i64 %15 to i32
  %17 = and i32 %16, 255
  %18 = uitofp nneg i32 %17 to float
  %19 = getelementptr inbounds nuw float, ptr %6, i64 %13
  store float %18, ptr %19, align 4, !tbaa !12
  %20 = getelementptr inbounds nuw float, ptr %7, i64 %13
  store float %18, ptr %20, align 4, !tbaa !12
  %21 = add nuw nsw i64 %13, 1
  %22 = icmp eq i64 %21, 220
  br i1 %22, label %9, label %12, !llvm.loop !14

23:                                               ; preds = %8, %32
  %24 = phi i64 [ 0, %8 ], [ %33, %32 ]
  %25 = phi double [ 0.000000e+00, %8 ], [ %41, %32 ]
  %26 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %24
  br label %35

27:                                               ; preds = %32
  %28 = getelementptr inbounds nuw i8, ptr %1, i64 44240
  %29 = load float, ptr %28, align 4, !tbaa !12
  %30 = fpext float %29 to double
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %41, double noundef %30)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  ret i32 0

32:                                               ; preds = %35
  %33 = add nuw nsw i64 %24, 1
  %34 = icmp eq i64 %33, 200
  br i1 %34, label %27, label %23, !llvm.loop !15

35:                                               ; preds = %23, %35
  %36 = phi i64 [ 0, %23 ], [ %42, %35 ]
  %37 = phi double [ %25, %23 ], [ %41, %35 ]
  %38 = getelementptr inbounds nuw float, ptr %26, i64 %36
  %39 = load float, ptr %38, align 4, !tbaa !12
  %40 = fpext float %39 to double
  %41 = fadd double %37, %40
  %42 = add nuw nsw i64 %36, 1
  %43 = icmp eq i64 %42, 220
  br i1 %43, label %32, label %35, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_blur(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  br label %3

3:                                                ; preds = %2, %48
  %4 = phi i32 [ 0, %2 ], [ %49, %48 ]
  br label %6

5:                                                ; preds = %48
  ret void

6:                                                ; preds = %3, %12
  %7 = phi i64 [ 1, %3 ], [ %13, %12 ]
  %8 = getelementptr [220 x float], ptr %0, i64 %7
  %9 = getelementptr i8, ptr %8, i64 -880
  %10 = getelementptr inbounds nuw i8, ptr %8, i64 880
  %11 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %7
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %7, 1
  %14 = icmp eq i64 %13, 199
  br i1 %14, label %51, label %6, !llvm.loop !17

15:                                               ; preds = %6, %15
  %16 = phi i64 [ 1, %6 ], [ %23, %15 ]
  %17 = add nsw i64 %16, -1
  %18 = getelementptr inbounds float, ptr %9, i64 %17
  %19 = load float, ptr %18, align 4, !tbaa !12
  %20 = getelementptr inbounds nuw float, ptr %9, i64 %16
  %21 = load float, ptr %20, align 4, !tbaa !12
  %22 = fadd float %19, %21
  %23 = add nuw nsw i64 %16, 1
  %24 = getelementptr inbounds nuw float, ptr %9, i64 %23
  %25 = load float, ptr %24, align 4, !tbaa !12
  %26 = fadd float %22, %25
  %27 = getelementptr inbounds float, ptr %8, i64 %17
  %28 = load float, ptr %27, align 4, !tbaa !12
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds nuw float, ptr %8, i64 %16
  %31 = load float, ptr %30, align 4, !tbaa !12
  %32 = fadd float %29, %31
  %33 = getelementptr inbounds nuw float, ptr %8, i64 %23
  %34 = load float, ptr %33, align 4, !tbaa !12
  %35 = fadd float %32, %34
  %36 = getelementptr inbounds float, ptr %10, i64 %17
  %37 = load float, ptr %36, align 4, !tbaa !12
  %38 = fadd float %35, %37
  %39 = getelementptr inbounds nuw float, ptr %10, i64 %16
  %40 = load float, ptr %39, align 4, !tbaa !12
  %41 = fadd float %38, %40
  %42 = getelementptr inbounds nuw float, ptr %10, i64 %23
  %43 = load float, ptr %42, align 4, !tbaa !12
  %44 = fadd float %41, %43
  %45 = fmul float %44, 0x3FBC71C720000000
  %46 = getelementptr inbounds nuw float, ptr %11, i64 %16
  store float %45, ptr %46, align 4, !tbaa !12
  %47 = icmp eq i64 %23, 219
  br i1 %47, label %12, label %15, !llvm.loop !18

48:                                               ; preds = %51
  %49 = add nuw nsw i32 %4, 1
  %50 = icmp eq i32 %49, 8
  br i1 %50, label %5, label %3, !llvm.loop !19

51:                                               ; preds = %12, %51
  %52 = phi i64 [ %57, %51 ], [ 1, %12 ]
  %53 = getelementptr inbounds nuw [220 x float], ptr %0, i64 %52
  %54 = getelementptr inbounds nuw i8, ptr %53, i64 4
  %55 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %52
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(872) %54, ptr noundef nonnull align 4 dereferenceable(872) %56, i64 872, i1 false)
  %57 = add nuw nsw i64 %52, 1
  %58 = icmp eq i64 %57, 199
  br i1 %58, label %48, label %51, !llvm.loop !20
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
