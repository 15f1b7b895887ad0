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

5:                                                ; preds = %0, %25
  %6 = phi i64 [ 0, %0 ], [ %26, %25 ]
  %7 = getelementptr inbounds nuw [192 x float], ptr %1, i64 %6
  %8 = mul nuw nsw i64 %6, 313
  %9 = insertelement <4 x i64> poison, i64 %8, i64 0
  %10 = shufflevector <4 x i64> %9, <4 x i64> poison, <4 x i32> zeroinitializer
  br label %11

11:                                               ; preds = %11, %5
  %12 = phi i64 [ 0, %5 ], [ %21, %11 ]
  %13 = phi <4 x i64> [ <i64 0, i64 1, i64 2, i64 3>, %5 ], [ %22, %11 ]
  %14 = mul nuw nsw <4 x i64> %13, splat (i64 991)
  %15 = add nuw nsw <4 x i64> %14, %10
  %16 = trunc nuw nsw <4 x i64> %15 to <4 x i32>
  %17 = and <4 x i32> %16, splat (i32 65535)
  %18 = uitofp nneg <4 x i32> %17 to <4 x float>
  %19 = fdiv <4 x float> %18, splat (float 6.553500e+04)
  %20 = getelementptr inbounds nuw float, ptr %7, i64 %12
  store <4 x float> %19, ptr %20, align 4, !tbaa !9
  %21 = add nuw i64 %12, 4
  %22 = add nuw nsw <4 x i64> %13, splat (i64 4)
  %23 = icmp eq i64 %21, 192
  br i1 %23, label %25, label %11, !llvm.loop !11

24:                                               ; preds = %25
  tail call fastcc void @kernel_deriche(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %28

25:                                               ; preds = %11
  %26 = add nuw nsw i64 %6, 1
  %27 = icmp eq i64 %26, 256
  br i1 %27, label %24, label %5, !llvm.loop !15

28:                                               ; preds = %24, %37
  %29 = phi i64 [ 0, %24 ], [ %38, %37 ]
  %30 = phi double [ 0.000000e+00, %24 ], [ %71, %37 ]
  %31 = getelementptr inbounds nuw [192 x float], ptr %2, i64 %29
  br label %40

32:                                               ; preds = %37
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 3868
  %34 = load float, ptr %33, align 4, !tbaa !9
  %35 = fpext float %34 to double
  %36 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %71, double noundef %35)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef nonnull %2) #7
  tail call void @free(ptr noundef %3) #7
  tail call void @free(ptr noundef %4) #7
  ret i32 0

37:                                               ; preds = %40
  %38 = add nuw nsw i64 %29, 1
  %39 = icmp eq i64 %38, 256
  br i1 %39, label %32, label %28, !llvm.loop !16

40:                                               ; preds = %40, %28
  %41 = phi i64 [ 0, %28 ], [ %72, %40 ]
  %42 = phi double [ %30, %28 ], [ %71, %40 ]
  %43 = getelementptr inbounds nuw float, ptr %31, i64 %41
  %44 = load float, ptr %43, align 4, !tbaa !9
  %45 = fpext float %44 to double
  %46 = fadd double %42, %45
  %47 = getelementptr inbounds nuw float, ptr %31, i64 %41
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 4
  %49 = load float, ptr %48, align 4, !tbaa !9
  %50 = fpext float %49 to double
  %51 = fadd double %46, %50
  %52 = getelementptr inbounds nuw float, ptr %31, i64 %41
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 8
  %54 = load float, ptr %53, align 4, !tbaa !9
  %55 = fpext float %54 to double
  %56 = fadd double %51, %55
  %57 = getelementptr inbounds nuw float, ptr %31, i64 %41
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 12
  %59 = load float, ptr %58, align 4, !tbaa !9
  %60 = fpext float %59 to double
  %61 = fadd double %56, %60
  %62 = getelementptr inbounds nuw float, ptr %31, i64 %41
  %63 = getelementptr inbounds nuw i8, ptr %62, i64 16
  %64 = load float, ptr %63, align 4, !tbaa !9
  %65 = fpext float %64 to double
  %66 = fadd double %61, %65
  %67 = getelementptr inbounds nuw float, ptr %31, i64 %41
  %68 = getelementptr inbounds nuw i8, ptr %67, i64 20
  %69 = load float, ptr %68, align 4, !tbaa !9
  %70 = fpext float %69 to double
  %71 = fadd double %66, %70
  %72 = add nuw nsw i64 %41, 6
  %73 = icmp eq i64 %72, 192
  br i1 %73, label %37, label %40, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_deriche(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  %5 = ptrtoint ptr %3 to i64
  %6 = ptrtoint ptr %2 to i64
  %7 = ptrtoint ptr %1 to i64
  br label %8

8:                                                ; preds = %4, %12
  %9 = phi i64 [ 0, %4 ], [ %13, %12 ]
  %10 = getelementptr inbounds nuw [192 x float], ptr %0, i64 %9
  %11 = getelementptr inbounds nuw [192 x float], ptr %2, i64 %9
  br label %15

12:                                               ; preds = %15
  %13 = add nuw nsw i64 %9, 1
  %14 = icmp eq i64 %13, 256
  br i1 %14, label %39, label %8, !llvm.loop !18

15:                                               ; preds = %15, %8
  %16 = phi i64 [ 0, %8 ], [ %37, %15 ]
  %17 = phi float [ 0.000000e+00, %8 ], [ %36, %15 ]
  %18 = phi float [ 0.000000e+00, %8 ], [ %25, %15 ]
  %19 = phi float [ 0.000000e+00, %8 ], [ %34, %15 ]
  %20 = getelementptr inbounds nuw float, ptr %10, i64 %16
  %21 = load float, ptr %20, align 4, !tbaa !9
  %22 = fmul float %17, 0x3FBC36A980000000
  %23 = tail call float @llvm.fmuladd.f32(float %21, float 0xBFC826B880000000, float %22)
  %24 = tail call float @llvm.fmuladd.f32(float %19, float 0x3FEAE89FA0000000, float %23)
  %25 = tail call float @llvm.fmuladd.f32(float %18, float 0xBFE368B300000000, float %24)
  %26 = getelementptr inbounds nuw float, ptr %11, i64 %16
  store float %25, ptr %26, align 4, !tbaa !9
  %27 = load float, ptr %20, align 4, !tbaa !9
  %28 = or disjoint i64 %16, 1
  %29 = getelementptr inbounds nuw float, ptr %10, i64 %28
  %30 = load float, ptr %29, align 4, !tbaa !9
  %31 = fmul float %27, 0x3FBC36A980000000
  %32 = tail call float @llvm.fmuladd.f32(float %30, float 0xBFC826B880000000, float %31)
  %33 = tail call float @llvm.fmuladd.f32(float %25, float 0x3FEAE89FA0000000, float %32)
  %34 = tail call float @llvm.fmuladd.f32(float %19, float 0xBFE368B300000000, float %33)
  %35 = getelementptr inbounds nuw float, ptr %11, i64 %28
  store float %34, ptr %35, align 4, !tbaa !9
  %36 = load float, ptr %29, align 4, !tbaa !9
  %37 = add nuw nsw i64 %16, 2
  %38 = icmp eq i64 %37, 192
  br i1 %38, label %12, label %15, !llvm.loop !19

39:                                               ; preds = %12, %43
  %40 = phi i64 [ %44, %43 ], [ 0, %12 ]
  %41 = getelementptr inbounds nuw [192 x float], ptr %3, i64 %40
  %42 = getelementptr inbounds nuw [192 x float], ptr %0, i64 %40
  br label %52

43:                                               ; preds = %52
  %44 = add nuw nsw i64 %40, 1
  %45 = icmp eq i64 %44, 256
  br i1 %45, label %46, label %39, !llvm.loop !20

46:                                               ; preds = %43
  %47 = sub i64 %7, %6
  %48 = sub i64 %7, %5
  %49 = icmp ult i64 %47, 32
  %50 = icmp ult i64 %48, 32
  %51 = or i1 %49, %50
  br label %75

52:                                               ; preds = %52, %39
  %53 = phi i64 [ 191, %39 ], [ %73, %52 ]
  %54 = phi float [ 0.000000e+00, %39 ], [ %64, %52 ]
  %55 = phi float [ 0.000000e+00, %39 ], [ %72, %52 ]
  %56 = phi float [ 0.000000e+00, %39 ], [ %61, %52 ]
  %57 = phi float [ 0.000000e+00, %39 ], [ %69, %52 ]
  %58 = fmul float %54, 0x3FBD4C0500000000
  %59 = tail call float @llvm.fmuladd.f32(float %55, float 0xBFC782E280000000, float %58)
  %60 = tail call float @llvm.fmuladd.f32(float %57, float 0x3FEAE89FA0000000, float %59)
  %61 = tail call float @llvm.fmuladd.f32(float %56, float 0xBFE368B300000000, float %60)
  %62 = getelementptr inbounds nuw float, ptr %41, i64 %53
  store float %61, ptr %62, align 4, !tbaa !9
  %63 = getelementptr inbounds nuw float, ptr %42, i64 %53
  %64 = load float, ptr %63, align 4, !tbaa !9
  %65 = add nsw i64 %53, -1
  %66 = fmul float %55, 0x3FBD4C0500000000
  %67 = tail call float @llvm.fmuladd.f32(float %64, float 0xBFC782E280000000, float %66)
  %68 = tail call float @llvm.fmuladd.f32(float %61, float 0x3FEAE89FA0000000, float %67)
  %69 = tail call float @llvm.fmuladd.f32(float %57, float 0xBFE368B300000000, float %68)
  %70 = getelementptr inbounds nuw float, ptr %41, i64 %65
  store float %69, ptr %70, align 4, !tbaa !9
  %71 = getelementptr inbounds nuw float, ptr %42, i64 %65
  %72 = load float, ptr %71, align 4, !tbaa !9
  %73 = add nsw i64 %53, -2
  %74 = icmp eq i64 %65, 0
  br i1 %74, label %43, label %52, !llvm.loop !21

75:                                               ; preds = %46, %110
  %76 = phi i64 [ %111, %110 ], [ 0, %46 ]
  %77 = getelementptr inbounds nuw [192 x float], ptr %2, i64 %76
  %78 = getelementptr inbounds nuw [192 x float], ptr %3, i64 %76
  %79 = getelementptr inbounds nuw [192 x float], ptr %1, i64 %76
  br i1 %51, label %113, label %80

80:                                               ; preds = %75, %80
  %81 = phi i64 [ %107, %80 ], [ 0, %75 ]
  %82 = getelementptr inbounds nuw float, ptr %77, i64 %81
  %83 = getelementptr inbounds nuw i8, ptr %82, i64 16
  %84 = load <4 x float>, ptr %82, align 4, !tbaa !9
  %85 = load <4 x float>, ptr %83, align 4, !tbaa !9
  %86 = getelementptr inbounds nuw float, ptr %78, i64 %81
  %87 = getelementptr inbounds nuw i8, ptr %86, i64 16
  %88 = load <4 x float>, ptr %86, align 4, !tbaa !9
  %89 = load <4 x float>, ptr %87, align 4, !tbaa !9
  %90 = fadd <4 x float> %84, %88
  %91 = fadd <4 x float> %85, %89
  %92 = getelementptr inbounds nuw float, ptr %79, i64 %81
  %93 = getelementptr inbounds nuw i8, ptr %92, i64 16
  store <4 x float> %90, ptr %92, align 4, !tbaa !9
  store <4 x float> %91, ptr %93, align 4, !tbaa !9
  %94 = or disjoint i64 %81, 8
  %95 = getelementptr inbounds nuw float, ptr %77, i64 %94
  %96 = getelementptr inbounds nuw i8, ptr %95, i64 16
  %97 = load <4 x float>, ptr %95, align 4, !tbaa !9
  %98 = load <4 x float>, ptr %96, align 4, !tbaa !9
  %99 = getelementptr inbounds nuw float, ptr %78, i64 %94
  %100 = getelementptr inbounds nuw i8, ptr %99, i64 16
  %101 = load <4 x float>, ptr %99, align 4, !tbaa !9
  %102 = load <4 x float>, ptr %100, align 4, !tbaa !9
  %103 = fadd <4 x float> %97, %101
  %104 = fadd <4 x float> %98, %102
  %105 = getelementptr inbounds nuw float, ptr %79, i64 %94
  %106 = getelementptr inbounds nuw i8, ptr %105, i64 16
  store <4 x float> %103, ptr %105, align 4, !tbaa !9
  store <4 x float> %104, ptr %106, align 4, !tbaa !9
  %107 = add nuw nsw i64 %81, 16
  %108 = icmp eq i64 %107, 192
  br i1 %108, label %110, label %80, !llvm.loop !22

109:                                              ; preds = %110
  ret void

110:                                              ; preds = %80, %113
  %111 = add nuw nsw i64 %76, 1
  %112 = icmp eq i64 %111, 256
  br i1 %112, label %109, label %75, !llvm.loop !23

113:                                              ; preds = %75, %113
  %114 = phi i64 [ %142, %113 ], [ 0, %75 ]
  %115 = getelementptr inbounds nuw float, ptr %77, i64 %114
  %116 = load float, ptr %115, align 4, !tbaa !9
  %117 = getelementptr inbounds nuw float, ptr %78, i64 %114
  %118 = load float, ptr %117, align 4, !tbaa !9
  %119 = fadd float %116, %118
  %120 = getelementptr inbounds nuw float, ptr %79, i64 %114
  store float %119, ptr %120, align 4, !tbaa !9
  %121 = or disjoint i64 %114, 1
  %122 = getelementptr inbounds nuw float, ptr %77, i64 %121
  %123 = load float, ptr %122, align 4, !tbaa !9
  %124 = getelementptr inbounds nuw float, ptr %78, i64 %121
  %125 = load float, ptr %124, align 4, !tbaa !9
  %126 = fadd float %123, %125
  %127 = getelementptr inbounds nuw float, ptr %79, i64 %121
  store float %126, ptr %127, align 4, !tbaa !9
  %128 = or disjoint i64 %114, 2
  %129 = getelementptr inbounds nuw float, ptr %77, i64 %128
  %130 = load float, ptr %129, align 4, !tbaa !9
  %131 = getelementptr inbounds nuw float, ptr %78, i64 %128
  %132 = load float, ptr %131, align 4, !tbaa !9
  %133 = fadd float %130, %132
  %134 = getelementptr inbounds nuw float, ptr %79, i64 %128
  store float %133, ptr %134, align 4, !tbaa !9
  %135 = or disjoint i64 %114, 3
  %136 = getelementptr inbounds nuw float, ptr %77, i64 %135
  %137 = load float, ptr %136, align 4, !tbaa !9
  %138 = getelementptr inbounds nuw float, ptr %78, i64 %135
  %139 = load float, ptr %138, align 4, !tbaa !9
  %140 = fadd float %137, %139
  %141 = getelementptr inbounds nuw float, ptr %79, i64 %135
  store float %140, ptr %141, align 4, !tbaa !9
  %142 = add nuw nsw i64 %114, 4
  %143 = icmp eq i64 %142, 192
  br i1 %143, label %110, label %113, !llvm.loop !24
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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12, !13, !14}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12, !13}
