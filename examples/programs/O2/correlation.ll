; ModuleID = 'correlation.c'
source_filename = "correlation.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"sum %.12e corr[2][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(422400) ptr @malloc(i64 noundef 422400) #7
  %2 = tail call noalias dereferenceable_or_null(387200) ptr @malloc(i64 noundef 387200) #7
  %3 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  %4 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  br label %5

5:                                                ; preds = %0, %27
  %6 = phi i64 [ 0, %0 ], [ %28, %27 ]
  %7 = getelementptr inbounds nuw [220 x double], ptr %1, i64 %6
  %8 = trunc nuw nsw i64 %6 to i32
  %9 = uitofp nneg i32 %8 to double
  %10 = insertelement <2 x i64> poison, i64 %6, i64 0
  %11 = shufflevector <2 x i64> %10, <2 x i64> poison, <2 x i32> zeroinitializer
  %12 = insertelement <2 x double> poison, double %9, i64 0
  %13 = shufflevector <2 x double> %12, <2 x double> poison, <2 x i32> zeroinitializer
  br label %14

14:                                               ; preds = %14, %5
  %15 = phi i64 [ 0, %5 ], [ %23, %14 ]
  %16 = phi <2 x i64> [ <i64 0, i64 1>, %5 ], [ %24, %14 ]
  %17 = mul nuw nsw <2 x i64> %16, %11
  %18 = trunc nuw nsw <2 x i64> %17 to <2 x i32>
  %19 = uitofp nneg <2 x i32> %18 to <2 x double>
  %20 = fdiv <2 x double> %19, splat (double 2.200000e+02)
  %21 = fadd <2 x double> %20, %13
  %22 = getelementptr inbounds nuw double, ptr %7, i64 %15
  store <2 x double> %21, ptr %22, align 8, !tbaa !9
  %23 = add nuw i64 %15, 2
  %24 = add nuw nsw <2 x i64> %16, splat (i64 2)
  %25 = icmp eq i64 %23, 220
  br i1 %25, label %27, label %14, !llvm.loop !11

26:                                               ; preds = %27
  tail call fastcc void @kernel_correlation(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %30

27:                                               ; preds = %14
  %28 = add nuw nsw i64 %6, 1
  %29 = icmp eq i64 %28, 240
  br i1 %29, label %26, label %5, !llvm.loop !15

30:                                               ; preds = %26, %38
  %31 = phi i64 [ 0, %26 ], [ %39, %38 ]
  %32 = phi double [ 0.000000e+00, %26 ], [ %62, %38 ]
  %33 = getelementptr inbounds nuw [220 x double], ptr %2, i64 %31
  br label %41

34:                                               ; preds = %38
  %35 = getelementptr inbounds nuw i8, ptr %2, i64 3560
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %62, double noundef %36)
  tail call void @free(ptr noundef %1) #8
  tail call void @free(ptr noundef nonnull %2) #8
  tail call void @free(ptr noundef %3) #8
  tail call void @free(ptr noundef %4) #8
  ret i32 0

38:                                               ; preds = %41
  %39 = add nuw nsw i64 %31, 1
  %40 = icmp eq i64 %39, 220
  br i1 %40, label %34, label %30, !llvm.loop !16

41:                                               ; preds = %41, %30
  %42 = phi i64 [ 0, %30 ], [ %63, %41 ]
  %43 = phi double [ %32, %30 ], [ %62, %41 ]
  %44 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fadd double %43, %45
  %47 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 8
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %46, %49
  %51 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 16
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 24
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds nuw double, ptr %33, i64 %42
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 32
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = add nuw nsw i64 %42, 5
  %64 = icmp eq i64 %63, 220
  br i1 %64, label %38, label %41, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_correlation(ptr noundef captures(none) %0, ptr noundef writeonly captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %9
  %6 = phi i64 [ 0, %4 ], [ %11, %9 ]
  %7 = getelementptr inbounds nuw double, ptr %2, i64 %6
  store double 0.000000e+00, ptr %7, align 8, !tbaa !9
  %8 = getelementptr inbounds nuw double, ptr %0, i64 %6
  br label %13

9:                                                ; preds = %13
  %10 = fdiv double %30, 2.400000e+02
  store double %10, ptr %7, align 8, !tbaa !9
  %11 = add nuw nsw i64 %6, 1
  %12 = icmp eq i64 %11, 220
  br i1 %12, label %33, label %5, !llvm.loop !18

13:                                               ; preds = %13, %5
  %14 = phi i64 [ 0, %5 ], [ %31, %13 ]
  %15 = phi double [ 0.000000e+00, %5 ], [ %30, %13 ]
  %16 = getelementptr inbounds nuw [220 x double], ptr %8, i64 %14
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fadd double %17, %15
  store double %18, ptr %7, align 8, !tbaa !9
  %19 = getelementptr inbounds nuw [220 x double], ptr %8, i64 %14
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 1760
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = fadd double %21, %18
  store double %22, ptr %7, align 8, !tbaa !9
  %23 = getelementptr inbounds nuw [220 x double], ptr %8, i64 %14
  %24 = getelementptr inbounds nuw i8, ptr %23, i64 3520
  %25 = load double, ptr %24, align 8, !tbaa !9
  %26 = fadd double %25, %22
  store double %26, ptr %7, align 8, !tbaa !9
  %27 = getelementptr inbounds nuw [220 x double], ptr %8, i64 %14
  %28 = getelementptr inbounds nuw i8, ptr %27, i64 5280
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = fadd double %29, %26
  store double %30, ptr %7, align 8, !tbaa !9
  %31 = add nuw nsw i64 %14, 4
  %32 = icmp eq i64 %31, 240
  br i1 %32, label %9, label %13, !llvm.loop !19

33:                                               ; preds = %9, %38
  %34 = phi i64 [ %43, %38 ], [ 0, %9 ]
  %35 = getelementptr inbounds nuw double, ptr %3, i64 %34
  store double 0.000000e+00, ptr %35, align 8, !tbaa !9
  %36 = getelementptr inbounds nuw double, ptr %0, i64 %34
  %37 = getelementptr inbounds nuw double, ptr %2, i64 %34
  br label %56

38:                                               ; preds = %56
  %39 = fdiv double %69, 2.400000e+02
  %40 = tail call double @sqrt(double noundef %39) #8, !tbaa !5
  %41 = fcmp ugt double %40, 1.000000e-01
  %42 = select i1 %41, double %40, double 1.000000e+00
  store double %42, ptr %35, align 8, !tbaa !9
  %43 = add nuw nsw i64 %34, 1
  %44 = icmp eq i64 %43, 220
  br i1 %44, label %45, label %33, !llvm.loop !20

45:                                               ; preds = %38
  %46 = getelementptr i8, ptr %0, i64 422400
  %47 = getelementptr i8, ptr %2, i64 1760
  %48 = getelementptr i8, ptr %3, i64 1760
  %49 = icmp ult ptr %0, %47
  %50 = icmp ult ptr %2, %46
  %51 = and i1 %49, %50
  %52 = icmp ult ptr %0, %48
  %53 = icmp ult ptr %3, %46
  %54 = and i1 %52, %53
  %55 = or i1 %51, %54
  br label %72

56:                                               ; preds = %56, %33
  %57 = phi double [ 0.000000e+00, %33 ], [ %69, %56 ]
  %58 = phi i64 [ 0, %33 ], [ %70, %56 ]
  %59 = getelementptr inbounds nuw [220 x double], ptr %36, i64 %58
  %60 = load double, ptr %59, align 8, !tbaa !9
  %61 = load double, ptr %37, align 8, !tbaa !9
  %62 = fsub double %60, %61
  %63 = tail call double @llvm.fmuladd.f64(double %62, double %62, double %57)
  store double %63, ptr %35, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw [220 x double], ptr %36, i64 %58
  %65 = getelementptr inbounds nuw i8, ptr %64, i64 1760
  %66 = load double, ptr %65, align 8, !tbaa !9
  %67 = load double, ptr %37, align 8, !tbaa !9
  %68 = fsub double %66, %67
  %69 = tail call double @llvm.fmuladd.f64(double %68, double %68, double %63)
  store double %69, ptr %35, align 8, !tbaa !9
  %70 = add nuw nsw i64 %58, 2
  %71 = icmp eq i64 %70, 240
  br i1 %71, label %38, label %56, !llvm.loop !21

72:                                               ; preds = %45, %98
  %73 = phi i64 [ %99, %98 ], [ 0, %45 ]
  %74 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %73
  br i1 %55, label %101, label %75

75:                                               ; preds = %72, %75
  %76 = phi i64 [ %96, %75 ], [ 0, %72 ]
  %77 = getelementptr inbounds nuw double, ptr %2, i64 %76
  %78 = load <2 x double>, ptr %77, align 8, !tbaa !9, !alias.scope !22
  %79 = getelementptr inbounds nuw double, ptr %74, i64 %76
  %80 = load <2 x double>, ptr %79, align 8, !tbaa !9, !alias.scope !25, !noalias !27
  %81 = fsub <2 x double> %80, %78
  store <2 x double> %81, ptr %79, align 8, !tbaa !9, !alias.scope !25, !noalias !27
  %82 = getelementptr inbounds nuw double, ptr %3, i64 %76
  %83 = load <2 x double>, ptr %82, align 8, !tbaa !9, !alias.scope !29
  %84 = fmul <2 x double> %83, splat (double 0x402EFBDEB14F4EDA)
  %85 = fdiv <2 x double> %81, %84
  store <2 x double> %85, ptr %79, align 8, !tbaa !9, !alias.scope !25, !noalias !27
  %86 = or disjoint i64 %76, 2
  %87 = getelementptr inbounds nuw double, ptr %2, i64 %86
  %88 = load <2 x double>, ptr %87, align 8, !tbaa !9, !alias.scope !22
  %89 = getelementptr inbounds nuw double, ptr %74, i64 %86
  %90 = load <2 x double>, ptr %89, align 8, !tbaa !9, !alias.scope !25, !noalias !27
  %91 = fsub <2 x double> %90, %88
  store <2 x double> %91, ptr %89, align 8, !tbaa !9, !alias.scope !25, !noalias !27
  %92 = getelementptr inbounds nuw double, ptr %3, i64 %86
  %93 = load <2 x double>, ptr %92, align 8, !tbaa !9, !alias.scope !29
  %94 = fmul <2 x double> %93, splat (double 0x402EFBDEB14F4EDA)
  %95 = fdiv <2 x double> %91, %94
  store <2 x double> %95, ptr %89, align 8, !tbaa !9, !alias.scope !25, !noalias !27
  %96 = add nuw nsw i64 %76, 4
  %97 = icmp eq i64 %96, 220
  br i1 %97, label %98, label %75, !llvm.loop !30

98:                                               ; preds = %75, %101
  %99 = add nuw nsw i64 %73, 1
  %100 = icmp eq i64 %99, 240
  br i1 %100, label %129, label %72, !llvm.loop !31

101:                                              ; preds = %72, %101
  %102 = phi i64 [ %122, %101 ], [ 0, %72 ]
  %103 = getelementptr inbounds nuw double, ptr %2, i64 %102
  %104 = load double, ptr %103, align 8, !tbaa !9
  %105 = getelementptr inbounds nuw double, ptr %74, i64 %102
  %106 = load double, ptr %105, align 8, !tbaa !9
  %107 = fsub double %106, %104
  store double %107, ptr %105, align 8, !tbaa !9
  %108 = getelementptr inbounds nuw double, ptr %3, i64 %102
  %109 = load double, ptr %108, align 8, !tbaa !9
  %110 = fmul double %109, 0x402EFBDEB14F4EDA
  %111 = fdiv double %107, %110
  store double %111, ptr %105, align 8, !tbaa !9
  %112 = or disjoint i64 %102, 1
  %113 = getelementptr inbounds nuw double, ptr %2, i64 %112
  %114 = load double, ptr %113, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw double, ptr %74, i64 %112
  %116 = load double, ptr %115, align 8, !tbaa !9
  %117 = fsub double %116, %114
  store double %117, ptr %115, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw double, ptr %3, i64 %112
  %119 = load double, ptr %118, align 8, !tbaa !9
  %120 = fmul double %119, 0x402EFBDEB14F4EDA
  %121 = fdiv double %117, %120
  store double %121, ptr %115, align 8, !tbaa !9
  %122 = add nuw nsw i64 %102, 2
  %123 = icmp eq i64 %122, 220
  br i1 %123, label %98, label %101, !llvm.loop !32

124:                                              ; preds = %139
  %125 = add nuw nsw i64 %131, 1
  %126 = icmp eq i64 %134, 219
  br i1 %126, label %127, label %129, !llvm.loop !33

127:                                              ; preds = %124
  %128 = getelementptr inbounds nuw i8, ptr %1, i64 387192
  store double 1.000000e+00, ptr %128, align 8, !tbaa !9
  ret void

129:                                              ; preds = %98, %124
  %130 = phi i64 [ %134, %124 ], [ 0, %98 ]
  %131 = phi i64 [ %125, %124 ], [ 1, %98 ]
  %132 = getelementptr inbounds nuw [220 x double], ptr %1, i64 %130
  %133 = getelementptr inbounds nuw double, ptr %132, i64 %130
  store double 1.000000e+00, ptr %133, align 8, !tbaa !9
  %134 = add nuw nsw i64 %130, 1
  %135 = getelementptr inbounds nuw double, ptr %1, i64 %130
  br label %136

136:                                              ; preds = %129, %139
  %137 = phi i64 [ %131, %129 ], [ %141, %139 ]
  %138 = getelementptr inbounds nuw double, ptr %132, i64 %137
  store double 0.000000e+00, ptr %138, align 8, !tbaa !9
  br label %143

139:                                              ; preds = %143
  %140 = getelementptr inbounds nuw [220 x double], ptr %135, i64 %137
  store double %165, ptr %140, align 8, !tbaa !9
  %141 = add nuw nsw i64 %137, 1
  %142 = icmp eq i64 %141, 220
  br i1 %142, label %124, label %136, !llvm.loop !34

143:                                              ; preds = %143, %136
  %144 = phi i64 [ 0, %136 ], [ %166, %143 ]
  %145 = phi double [ 0.000000e+00, %136 ], [ %165, %143 ]
  %146 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %144
  %147 = getelementptr inbounds nuw double, ptr %146, i64 %130
  %148 = load double, ptr %147, align 8, !tbaa !9
  %149 = getelementptr inbounds nuw double, ptr %146, i64 %137
  %150 = load double, ptr %149, align 8, !tbaa !9
  %151 = tail call double @llvm.fmuladd.f64(double %148, double %150, double %145)
  store double %151, ptr %138, align 8, !tbaa !9
  %152 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %144
  %153 = getelementptr inbounds nuw i8, ptr %152, i64 1760
  %154 = getelementptr inbounds nuw double, ptr %153, i64 %130
  %155 = load double, ptr %154, align 8, !tbaa !9
  %156 = getelementptr inbounds nuw double, ptr %153, i64 %137
  %157 = load double, ptr %156, align 8, !tbaa !9
  %158 = tail call double @llvm.fmuladd.f64(double %155, double %157, double %151)
  store double %158, ptr %138, align 8, !tbaa !9
  %159 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %144
  %160 = getelementptr inbounds nuw i8, ptr %159, i64 3520
  %161 = getelementptr inbounds nuw double, ptr %160, i64 %130
  %162 = load double, ptr %161, align 8, !tbaa !9
  %163 = getelementptr inbounds nuw double, ptr %160, i64 %137
  %164 = load double, ptr %163, align 8, !tbaa !9
  %165 = tail call double @llvm.fmuladd.f64(double %162, double %164, double %158)
  store double %165, ptr %138, align 8, !tbaa !9
  %166 = add nuw nsw i64 %144, 3
  %167 = icmp eq i64 %166, 240
  br i1 %167, label %139, label %143, !llvm.loop !35
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = !{!23}
!23 = distinct !{!23, !24}
!24 = distinct !{!24, !"LVerDomain"}
!25 = !{!26}
!26 = distinct !{!26, !24}
!27 = !{!23, !28}
!28 = distinct !{!28, !24}
!29 = !{!28}
!30 = distinct !{!30, !12, !13, !14}
!31 = distinct !{!31, !12}
!32 = distinct !{!32, !12, !13}
!33 = distinct !{!33, !12}
!34 = distinct !{!34, !12}
!35 = distinct !{!35, !12}
