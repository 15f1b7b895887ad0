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

3:                                                ; preds = %0, %24
  %4 = phi i64 [ 0, %0 ], [ %25, %24 ]
  %5 = getelementptr inbounds nuw [220 x float], ptr %2, i64 %4
  %6 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %4
  %7 = mul nuw nsw i64 %4, 13
  %8 = insertelement <4 x i64> poison, i64 %7, i64 0
  %9 = shufflevector <4 x i64> %8, <4 x i64> poison, <4 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %3
  %11 = phi i64 [ 0, %3 ], [ %20, %10 ]
  %12 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %3 ], [ %21, %10 ]
  %13 = mul nuw nsw <4 x i64> %12, splat (i64 7)
  %14 = add nuw nsw <4 x i64> %13, %9
  %15 = trunc nuw nsw <4 x i64> %14 to <4 x i32>
  %16 = and <4 x i32> %15, splat (i32 255)
  %17 = uitofp nneg <4 x i32> %16 to <4 x float>
  %18 = getelementptr inbounds nuw float, ptr %5, i64 %11
  store <4 x float> %17, ptr %18, align 4, !tbaa !9
  %19 = getelementptr inbounds nuw float, ptr %6, i64 %11
  store <4 x float> %17, ptr %19, align 4, !tbaa !9
  %20 = add nuw i64 %11, 4
  %21 = add nuw nsw <4 x i64> %12, splat (i64 4)
  %22 = icmp eq i64 %20, 220
  br i1 %22, label %24, label %10, !llvm.loop !11

23:                                               ; preds = %24
  tail call fastcc void @kernel_blur(ptr noundef nonnull %1, ptr noundef nonnull %2)
  br label %27

24:                                               ; preds = %10
  %25 = add nuw nsw i64 %4, 1
  %26 = icmp eq i64 %25, 200
  br i1 %26, label %23, label %3, !llvm.loop !15

27:                                               ; preds = %23, %36
  %28 = phi i64 [ 0, %23 ], [ %37, %36 ]
  %29 = phi double [ 0.000000e+00, %23 ], [ %65, %36 ]
  %30 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %28
  br label %39

31:                                               ; preds = %36
  %32 = getelementptr inbounds nuw i8, ptr %1, i64 44240
  %33 = load float, ptr %32, align 4, !tbaa !9
  %34 = fpext float %33 to double
  %35 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %65, double noundef %34)
  tail call void @free(ptr noundef nonnull %1) #7
  tail call void @free(ptr noundef %2) #7
  ret i32 0

36:                                               ; preds = %39
  %37 = add nuw nsw i64 %28, 1
  %38 = icmp eq i64 %37, 200
  br i1 %38, label %31, label %27, !llvm.loop !16

39:                                               ; preds = %39, %27
  %40 = phi i64 [ 0, %27 ], [ %66, %39 ]
  %41 = phi double [ %29, %27 ], [ %65, %39 ]
  %42 = getelementptr inbounds nuw float, ptr %30, i64 %40
  %43 = load float, ptr %42, align 4, !tbaa !9
  %44 = fpext float %43 to double
  %45 = fadd double %41, %44
  %46 = getelementptr inbounds nuw float, ptr %30, i64 %40
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 4
  %48 = load float, ptr %47, align 4, !tbaa !9
  %49 = fpext float %48 to double
  %50 = fadd double %45, %49
  %51 = getelementptr inbounds nuw float, ptr %30, i64 %40
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 8
  %53 = load float, ptr %52, align 4, !tbaa !9
  %54 = fpext float %53 to double
  %55 = fadd double %50, %54
  %56 = getelementptr inbounds nuw float, ptr %30, i64 %40
  %57 = getelementptr inbounds nuw i8, ptr %56, i64 12
  %58 = load float, ptr %57, align 4, !tbaa !9
  %59 = fpext float %58 to double
  %60 = fadd double %55, %59
  %61 = getelementptr inbounds nuw float, ptr %30, i64 %40
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 16
  %63 = load float, ptr %62, align 4, !tbaa !9
  %64 = fpext float %63 to double
  %65 = fadd double %60, %64
  %66 = add nuw nsw i64 %40, 5
  %67 = icmp eq i64 %66, 220
  br i1 %67, label %36, label %39, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_blur(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  %3 = getelementptr i8, ptr %1, i64 884
  %4 = getelementptr i8, ptr %1, i64 175116
  %5 = getelementptr i8, ptr %0, i64 176000
  %6 = icmp ult ptr %3, %5
  %7 = icmp ult ptr %0, %4
  %8 = and i1 %6, %7
  br label %9

9:                                                ; preds = %2, %90
  %10 = phi i32 [ 0, %2 ], [ %91, %90 ]
  br label %12

11:                                               ; preds = %90
  ret void

12:                                               ; preds = %9, %54
  %13 = phi i64 [ 1, %9 ], [ %55, %54 ]
  %14 = getelementptr [220 x float], ptr %0, i64 %13
  %15 = getelementptr i8, ptr %14, i64 -880
  %16 = getelementptr inbounds nuw i8, ptr %14, i64 880
  %17 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %13
  br i1 %8, label %18, label %20

18:                                               ; preds = %20, %12
  %19 = phi i64 [ 1, %12 ], [ 217, %20 ]
  br label %57

20:                                               ; preds = %12, %20
  %21 = phi i64 [ %52, %20 ], [ 0, %12 ]
  %22 = or disjoint i64 %21, 1
  %23 = getelementptr inbounds float, ptr %15, i64 %21
  %24 = load <4 x float>, ptr %23, align 4, !tbaa !9, !alias.scope !18
  %25 = getelementptr inbounds nuw float, ptr %15, i64 %22
  %26 = load <4 x float>, ptr %25, align 4, !tbaa !9, !alias.scope !18
  %27 = fadd <4 x float> %24, %26
  %28 = or disjoint i64 %21, 2
  %29 = getelementptr inbounds nuw float, ptr %15, i64 %28
  %30 = load <4 x float>, ptr %29, align 4, !tbaa !9, !alias.scope !18
  %31 = fadd <4 x float> %27, %30
  %32 = getelementptr inbounds float, ptr %14, i64 %21
  %33 = load <4 x float>, ptr %32, align 4, !tbaa !9, !alias.scope !18
  %34 = fadd <4 x float> %31, %33
  %35 = getelementptr inbounds nuw float, ptr %14, i64 %22
  %36 = load <4 x float>, ptr %35, align 4, !tbaa !9, !alias.scope !18
  %37 = fadd <4 x float> %34, %36
  %38 = getelementptr inbounds nuw float, ptr %14, i64 %28
  %39 = load <4 x float>, ptr %38, align 4, !tbaa !9, !alias.scope !18
  %40 = fadd <4 x float> %37, %39
  %41 = getelementptr inbounds float, ptr %16, i64 %21
  %42 = load <4 x float>, ptr %41, align 4, !tbaa !9, !alias.scope !18
  %43 = fadd <4 x float> %40, %42
  %44 = getelementptr inbounds nuw float, ptr %16, i64 %22
  %45 = load <4 x float>, ptr %44, align 4, !tbaa !9, !alias.scope !18
  %46 = fadd <4 x float> %43, %45
  %47 = getelementptr inbounds nuw float, ptr %16, i64 %28
  %48 = load <4 x float>, ptr %47, align 4, !tbaa !9, !alias.scope !18
  %49 = fadd <4 x float> %46, %48
  %50 = fmul <4 x float> %49, splat (float 0x3FBC71C720000000)
  %51 = getelementptr inbounds nuw float, ptr %17, i64 %22
  store <4 x float> %50, ptr %51, align 4, !tbaa !9, !alias.scope !21, !noalias !18
  %52 = add nuw i64 %21, 4
  %53 = icmp eq i64 %52, 216
  br i1 %53, label %18, label %20, !llvm.loop !23

54:                                               ; preds = %57
  %55 = add nuw nsw i64 %13, 1
  %56 = icmp eq i64 %55, 199
  br i1 %56, label %93, label %12, !llvm.loop !24

57:                                               ; preds = %18, %57
  %58 = phi i64 [ %65, %57 ], [ %19, %18 ]
  %59 = add nsw i64 %58, -1
  %60 = getelementptr inbounds float, ptr %15, i64 %59
  %61 = load float, ptr %60, align 4, !tbaa !9
  %62 = getelementptr inbounds nuw float, ptr %15, i64 %58
  %63 = load float, ptr %62, align 4, !tbaa !9
  %64 = fadd float %61, %63
  %65 = add nuw nsw i64 %58, 1
  %66 = getelementptr inbounds nuw float, ptr %15, i64 %65
  %67 = load float, ptr %66, align 4, !tbaa !9
  %68 = fadd float %64, %67
  %69 = getelementptr inbounds float, ptr %14, i64 %59
  %70 = load float, ptr %69, align 4, !tbaa !9
  %71 = fadd float %68, %70
  %72 = getelementptr inbounds nuw float, ptr %14, i64 %58
  %73 = load float, ptr %72, align 4, !tbaa !9
  %74 = fadd float %71, %73
  %75 = getelementptr inbounds nuw float, ptr %14, i64 %65
  %76 = load float, ptr %75, align 4, !tbaa !9
  %77 = fadd float %74, %76
  %78 = getelementptr inbounds float, ptr %16, i64 %59
  %79 = load float, ptr %78, align 4, !tbaa !9
  %80 = fadd float %77, %79
  %81 = getelementptr inbounds nuw float, ptr %16, i64 %58
  %82 = load float, ptr %81, align 4, !tbaa !9
  %83 = fadd float %80, %82
  %84 = getelementptr inbounds nuw float, ptr %16, i64 %65
  %85 = load float, ptr %84, align 4, !tbaa !9
  %86 = fadd float %83, %85
  %87 = fmul float %86, 0x3FBC71C720000000
  %88 = getelementptr inbounds nuw float, ptr %17, i64 %58
  store float %87, ptr %88, align 4, !tbaa !9
  %89 = icmp eq i64 %65, 219
  br i1 %89, label %54, label %57, !llvm.loop !25

90:                                               ; preds = %93
  %91 = add nuw nsw i32 %10, 1
  %92 = icmp eq i32 %91, 8
  br i1 %92, label %11, label %9, !llvm.loop !26

93:                                               ; preds = %54, %93
  %94 = phi i64 [ %109, %93 ], [ 1, %54 ]
  %95 = getelementptr inbounds nuw [220 x float], ptr %0, i64 %94
  %96 = getelementptr inbounds nuw i8, ptr %95, i64 4
  %97 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %94
  %98 = getelementptr inbounds nuw i8, ptr %97, i64 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(872) %96, ptr noundef nonnull align 4 dereferenceable(872) %98, i64 872, i1 false)
  %99 = add nuw nsw i64 %94, 1
  %100 = getelementptr inbounds nuw [220 x float], ptr %0, i64 %99
  %101 = getelementptr inbounds nuw i8, ptr %100, i64 4
  %102 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %99
  %103 = getelementptr inbounds nuw i8, ptr %102, i64 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(872) %101, ptr noundef nonnull align 4 dereferenceable(872) %103, i64 872, i1 false)
  %104 = add nuw nsw i64 %94, 2
  %105 = getelementptr inbounds nuw [220 x float], ptr %0, i64 %104
  %106 = getelementptr inbounds nuw i8, ptr %105, i64 4
  %107 = getelementptr inbounds nuw [220 x float], ptr %1, i64 %104
  %108 = getelementptr inbounds nuw i8, ptr %107, i64 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(872) %106, ptr noundef nonnull align 4 dereferenceable(872) %108, i64 872, i1 false)
  %109 = add nuw nsw i64 %94, 3
  %110 = icmp eq i64 %109, 199
  br i1 %110, label %90, label %93, !llvm.loop !27
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = !{!19}
!19 = distinct !{!19, !20}
!20 = distinct !{!20, !"LVerDomain"}
!21 = !{!22}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !12, !13, !14}
!24 = distinct !{!24, !12}
!25 = distinct !{!25, !12, !13}
!26 = distinct !{!26, !12}
!27 = distinct !{!27, !12}
