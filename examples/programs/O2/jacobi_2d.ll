; ModuleID = 'jacobi_2d.c'
source_filename = "jacobi_2d.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e A[5][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(500000) ptr @malloc(i64 noundef 500000) #6
  %2 = tail call noalias dereferenceable_or_null(500000) ptr @malloc(i64 noundef 500000) #6
  br label %3

3:                                                ; preds = %0, %30
  %4 = phi i64 [ 0, %0 ], [ %31, %30 ]
  %5 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %4
  %6 = getelementptr inbounds nuw [250 x double], ptr %2, i64 %4
  %7 = trunc nuw nsw i64 %4 to i32
  %8 = uitofp nneg i32 %7 to double
  %9 = insertelement <2 x double> poison, double %8, i64 0
  %10 = shufflevector <2 x double> %9, <2 x double> poison, <2 x i32> zeroinitializer
  br label %11

11:                                               ; preds = %11, %3
  %12 = phi i64 [ 0, %3 ], [ %25, %11 ]
  %13 = phi <2 x i32> [ <i32 0, i32 1>, %3 ], [ %26, %11 ]
  %14 = phi <2 x i32> [ <i32 0, i32 1>, %3 ], [ %27, %11 ]
  %15 = add <2 x i32> %13, splat (i32 2)
  %16 = uitofp nneg <2 x i32> %15 to <2 x double>
  %17 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %10, <2 x double> %16, <2 x double> splat (double 2.000000e+00))
  %18 = fdiv <2 x double> %17, splat (double 2.500000e+02)
  %19 = getelementptr inbounds nuw double, ptr %5, i64 %12
  store <2 x double> %18, ptr %19, align 8, !tbaa !9
  %20 = add <2 x i32> %14, splat (i32 3)
  %21 = uitofp nneg <2 x i32> %20 to <2 x double>
  %22 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %10, <2 x double> %21, <2 x double> splat (double 3.000000e+00))
  %23 = fdiv <2 x double> %22, splat (double 2.500000e+02)
  %24 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store <2 x double> %23, ptr %24, align 8, !tbaa !9
  %25 = add nuw i64 %12, 2
  %26 = add <2 x i32> %13, splat (i32 2)
  %27 = add <2 x i32> %14, splat (i32 2)
  %28 = icmp eq i64 %25, 250
  br i1 %28, label %30, label %11, !llvm.loop !11

29:                                               ; preds = %30
  tail call fastcc void @kernel_jacobi_2d(ptr noundef nonnull %1, ptr noundef nonnull %2)
  br label %33

30:                                               ; preds = %11
  %31 = add nuw nsw i64 %4, 1
  %32 = icmp eq i64 %31, 250
  br i1 %32, label %29, label %3, !llvm.loop !15

33:                                               ; preds = %29, %41
  %34 = phi i64 [ 0, %29 ], [ %42, %41 ]
  %35 = phi double [ 0.000000e+00, %29 ], [ %65, %41 ]
  %36 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %34
  br label %44

37:                                               ; preds = %41
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 10040
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %65, double noundef %39)
  tail call void @free(ptr noundef nonnull %1) #7
  tail call void @free(ptr noundef %2) #7
  ret i32 0

41:                                               ; preds = %44
  %42 = add nuw nsw i64 %34, 1
  %43 = icmp eq i64 %42, 250
  br i1 %43, label %37, label %33, !llvm.loop !16

44:                                               ; preds = %44, %33
  %45 = phi i64 [ 0, %33 ], [ %66, %44 ]
  %46 = phi double [ %35, %33 ], [ %65, %44 ]
  %47 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = fadd double %46, %48
  %50 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %51 = getelementptr inbounds nuw i8, ptr %50, i64 8
  %52 = load double, ptr %51, align 8, !tbaa !9
  %53 = fadd double %49, %52
  %54 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %55 = getelementptr inbounds nuw i8, ptr %54, i64 16
  %56 = load double, ptr %55, align 8, !tbaa !9
  %57 = fadd double %53, %56
  %58 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %59 = getelementptr inbounds nuw i8, ptr %58, i64 24
  %60 = load double, ptr %59, align 8, !tbaa !9
  %61 = fadd double %57, %60
  %62 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %63 = getelementptr inbounds nuw i8, ptr %62, i64 32
  %64 = load double, ptr %63, align 8, !tbaa !9
  %65 = fadd double %61, %64
  %66 = add nuw nsw i64 %45, 5
  %67 = icmp eq i64 %66, 250
  br i1 %67, label %41, label %44, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_jacobi_2d(ptr noundef captures(none) %0, ptr noundef captures(none) %1) unnamed_addr #2 {
  %3 = getelementptr i8, ptr %0, i64 2008
  %4 = getelementptr i8, ptr %0, i64 497992
  %5 = getelementptr i8, ptr %1, i64 8
  %6 = getelementptr i8, ptr %1, i64 499992
  %7 = getelementptr i8, ptr %1, i64 2008
  %8 = getelementptr i8, ptr %1, i64 497992
  %9 = getelementptr i8, ptr %0, i64 8
  %10 = getelementptr i8, ptr %0, i64 499992
  %11 = icmp ult ptr %7, %10
  %12 = icmp ult ptr %9, %8
  %13 = and i1 %11, %12
  %14 = icmp ult ptr %3, %6
  %15 = icmp ult ptr %5, %4
  %16 = and i1 %14, %15
  br label %17

17:                                               ; preds = %2, %148
  %18 = phi i32 [ 0, %2 ], [ %149, %148 ]
  br label %20

19:                                               ; preds = %148
  ret void

20:                                               ; preds = %17, %64
  %21 = phi i64 [ 1, %17 ], [ %65, %64 ]
  %22 = getelementptr inbounds nuw [250 x double], ptr %0, i64 %21
  %23 = getelementptr inbounds nuw i8, ptr %22, i64 2000
  %24 = getelementptr i8, ptr %22, i64 -2000
  %25 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %21
  br i1 %13, label %67, label %26

26:                                               ; preds = %20, %26
  %27 = phi i64 [ %62, %26 ], [ 0, %20 ]
  %28 = or disjoint i64 %27, 1
  %29 = getelementptr inbounds nuw double, ptr %22, i64 %28
  %30 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %31 = load <2 x double>, ptr %29, align 8, !tbaa !9, !alias.scope !18
  %32 = load <2 x double>, ptr %30, align 8, !tbaa !9, !alias.scope !18
  %33 = getelementptr i8, ptr %29, i64 -8
  %34 = getelementptr i8, ptr %29, i64 8
  %35 = load <2 x double>, ptr %33, align 8, !tbaa !9, !alias.scope !18
  %36 = load <2 x double>, ptr %34, align 8, !tbaa !9, !alias.scope !18
  %37 = fadd <2 x double> %31, %35
  %38 = fadd <2 x double> %32, %36
  %39 = getelementptr inbounds nuw double, ptr %22, i64 %27
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 16
  %41 = getelementptr inbounds nuw i8, ptr %39, i64 32
  %42 = load <2 x double>, ptr %40, align 8, !tbaa !9, !alias.scope !18
  %43 = load <2 x double>, ptr %41, align 8, !tbaa !9, !alias.scope !18
  %44 = fadd <2 x double> %37, %42
  %45 = fadd <2 x double> %38, %43
  %46 = getelementptr inbounds nuw double, ptr %23, i64 %28
  %47 = getelementptr inbounds nuw i8, ptr %46, i64 16
  %48 = load <2 x double>, ptr %46, align 8, !tbaa !9, !alias.scope !18
  %49 = load <2 x double>, ptr %47, align 8, !tbaa !9, !alias.scope !18
  %50 = fadd <2 x double> %44, %48
  %51 = fadd <2 x double> %45, %49
  %52 = getelementptr inbounds nuw double, ptr %24, i64 %28
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 16
  %54 = load <2 x double>, ptr %52, align 8, !tbaa !9, !alias.scope !18
  %55 = load <2 x double>, ptr %53, align 8, !tbaa !9, !alias.scope !18
  %56 = fadd <2 x double> %50, %54
  %57 = fadd <2 x double> %51, %55
  %58 = fmul <2 x double> %56, splat (double 2.000000e-01)
  %59 = fmul <2 x double> %57, splat (double 2.000000e-01)
  %60 = getelementptr inbounds nuw double, ptr %25, i64 %28
  %61 = getelementptr inbounds nuw i8, ptr %60, i64 16
  store <2 x double> %58, ptr %60, align 8, !tbaa !9, !alias.scope !21, !noalias !18
  store <2 x double> %59, ptr %61, align 8, !tbaa !9, !alias.scope !21, !noalias !18
  %62 = add nuw i64 %27, 4
  %63 = icmp eq i64 %62, 248
  br i1 %63, label %64, label %26, !llvm.loop !23

64:                                               ; preds = %26, %67
  %65 = add nuw nsw i64 %21, 1
  %66 = icmp eq i64 %65, 249
  br i1 %66, label %104, label %20, !llvm.loop !24

67:                                               ; preds = %20, %67
  %68 = phi i64 [ %91, %67 ], [ 1, %20 ]
  %69 = getelementptr inbounds nuw double, ptr %22, i64 %68
  %70 = load double, ptr %69, align 8, !tbaa !9
  %71 = getelementptr i8, ptr %69, i64 -8
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = fadd double %70, %72
  %74 = add nuw nsw i64 %68, 1
  %75 = getelementptr inbounds nuw double, ptr %22, i64 %74
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = fadd double %73, %76
  %78 = getelementptr inbounds nuw double, ptr %23, i64 %68
  %79 = load double, ptr %78, align 8, !tbaa !9
  %80 = fadd double %77, %79
  %81 = getelementptr inbounds nuw double, ptr %24, i64 %68
  %82 = load double, ptr %81, align 8, !tbaa !9
  %83 = fadd double %80, %82
  %84 = fmul double %83, 2.000000e-01
  %85 = getelementptr inbounds nuw double, ptr %25, i64 %68
  store double %84, ptr %85, align 8, !tbaa !9
  %86 = getelementptr inbounds nuw double, ptr %22, i64 %74
  %87 = load double, ptr %86, align 8, !tbaa !9
  %88 = getelementptr i8, ptr %86, i64 -8
  %89 = load double, ptr %88, align 8, !tbaa !9
  %90 = fadd double %87, %89
  %91 = add nuw nsw i64 %68, 2
  %92 = getelementptr inbounds nuw double, ptr %22, i64 %91
  %93 = load double, ptr %92, align 8, !tbaa !9
  %94 = fadd double %90, %93
  %95 = getelementptr inbounds nuw double, ptr %23, i64 %74
  %96 = load double, ptr %95, align 8, !tbaa !9
  %97 = fadd double %94, %96
  %98 = getelementptr inbounds nuw double, ptr %24, i64 %74
  %99 = load double, ptr %98, align 8, !tbaa !9
  %100 = fadd double %97, %99
  %101 = fmul double %100, 2.000000e-01
  %102 = getelementptr inbounds nuw double, ptr %25, i64 %74
  store double %101, ptr %102, align 8, !tbaa !9
  %103 = icmp eq i64 %91, 249
  br i1 %103, label %64, label %67, !llvm.loop !25

104:                                              ; preds = %64, %151
  %105 = phi i64 [ %152, %151 ], [ 1, %64 ]
  %106 = getelementptr inbounds nuw [250 x double], ptr %1, i64 %105
  %107 = getelementptr inbounds nuw i8, ptr %106, i64 2000
  %108 = getelementptr i8, ptr %106, i64 -2000
  %109 = getelementptr inbounds nuw [250 x double], ptr %0, i64 %105
  br i1 %16, label %154, label %110

110:                                              ; preds = %104, %110
  %111 = phi i64 [ %146, %110 ], [ 0, %104 ]
  %112 = or disjoint i64 %111, 1
  %113 = getelementptr inbounds nuw double, ptr %106, i64 %112
  %114 = getelementptr inbounds nuw i8, ptr %113, i64 16
  %115 = load <2 x double>, ptr %113, align 8, !tbaa !9, !alias.scope !26
  %116 = load <2 x double>, ptr %114, align 8, !tbaa !9, !alias.scope !26
  %117 = getelementptr i8, ptr %113, i64 -8
  %118 = getelementptr i8, ptr %113, i64 8
  %119 = load <2 x double>, ptr %117, align 8, !tbaa !9, !alias.scope !26
  %120 = load <2 x double>, ptr %118, align 8, !tbaa !9, !alias.scope !26
  %121 = fadd <2 x double> %115, %119
  %122 = fadd <2 x double> %116, %120
  %123 = getelementptr inbounds nuw double, ptr %106, i64 %111
  %124 = getelementptr inbounds nuw i8, ptr %123, i64 16
  %125 = getelementptr inbounds nuw i8, ptr %123, i64 32
  %126 = load <2 x double>, ptr %124, align 8, !tbaa !9, !alias.scope !26
  %127 = load <2 x double>, ptr %125, align 8, !tbaa !9, !alias.scope !26
  %128 = fadd <2 x double> %121, %126
  %129 = fadd <2 x double> %122, %127
  %130 = getelementptr inbounds nuw double, ptr %107, i64 %112
  %131 = getelementptr inbounds nuw i8, ptr %130, i64 16
  %132 = load <2 x double>, ptr %130, align 8, !tbaa !9, !alias.scope !26
  %133 = load <2 x double>, ptr %131, align 8, !tbaa !9, !alias.scope !26
  %134 = fadd <2 x double> %128, %132
  %135 = fadd <2 x double> %129, %133
  %136 = getelementptr inbounds nuw double, ptr %108, i64 %112
  %137 = getelementptr inbounds nuw i8, ptr %136, i64 16
  %138 = load <2 x double>, ptr %136, align 8, !tbaa !9, !alias.scope !26
  %139 = load <2 x double>, ptr %137, align 8, !tbaa !9, !alias.scope !26
  %140 = fadd <2 x double> %134, %138
  %141 = fadd <2 x double> %135, %139
  %142 = fmul <2 x double> %140, splat (double 2.000000e-01)
  %143 = fmul <2 x double> %141, splat (double 2.000000e-01)
  %144 = getelementptr inbounds nuw double, ptr %109, i64 %112
  %145 = getelementptr inbounds nuw i8, ptr %144, i64 16
  store <2 x double> %142, ptr %144, align 8, !tbaa !9, !alias.scope !29, !noalias !26
  store <2 x double> %143, ptr %145, align 8, !tbaa !9, !alias.scope !29, !noalias !26
  %146 = add nuw i64 %111, 4
  %147 = icmp eq i64 %146, 248
  br i1 %147, label %151, label %110, !llvm.loop !31

148:                                              ; preds = %151
  %149 = add nuw nsw i32 %18, 1
  %150 = icmp eq i32 %149, 20
  br i1 %150, label %19, label %17, !llvm.loop !32

151:                                              ; preds = %110, %154
  %152 = add nuw nsw i64 %105, 1
  %153 = icmp eq i64 %152, 249
  br i1 %153, label %148, label %104, !llvm.loop !33

154:                                              ; preds = %104, %154
  %155 = phi i64 [ %178, %154 ], [ 1, %104 ]
  %156 = getelementptr inbounds nuw double, ptr %106, i64 %155
  %157 = load double, ptr %156, align 8, !tbaa !9
  %158 = getelementptr i8, ptr %156, i64 -8
  %159 = load double, ptr %158, align 8, !tbaa !9
  %160 = fadd double %157, %159
  %161 = add nuw nsw i64 %155, 1
  %162 = getelementptr inbounds nuw double, ptr %106, i64 %161
  %163 = load double, ptr %162, align 8, !tbaa !9
  %164 = fadd double %160, %163
  %165 = getelementptr inbounds nuw double, ptr %107, i64 %155
  %166 = load double, ptr %165, align 8, !tbaa !9
  %167 = fadd double %164, %166
  %168 = getelementptr inbounds nuw double, ptr %108, i64 %155
  %169 = load double, ptr %168, align 8, !tbaa !9
  %170 = fadd double %167, %169
  %171 = fmul double %170, 2.000000e-01
  %172 = getelementptr inbounds nuw double, ptr %109, i64 %155
  store double %171, ptr %172, align 8, !tbaa !9
  %173 = getelementptr inbounds nuw double, ptr %106, i64 %161
  %174 = load double, ptr %173, align 8, !tbaa !9
  %175 = getelementptr i8, ptr %173, i64 -8
  %176 = load double, ptr %175, align 8, !tbaa !9
  %177 = fadd double %174, %176
  %178 = add nuw nsw i64 %155, 2
  %179 = getelementptr inbounds nuw double, ptr %106, i64 %178
  %180 = load double, ptr %179, align 8, !tbaa !9
  %181 = fadd double %177, %180
  %182 = getelementptr inbounds nuw double, ptr %107, i64 %161
  %183 = load double, ptr %182, align 8, !tbaa !9
  %184 = fadd double %181, %183
  %185 = getelementptr inbounds nuw double, ptr %108, i64 %161
  %186 = load double, ptr %185, align 8, !tbaa !9
  %187 = fadd double %184, %186
  %188 = fmul double %187, 2.000000e-01
  %189 = getelementptr inbounds nuw double, ptr %109, i64 %161
  store double %188, ptr %189, align 8, !tbaa !9
  %190 = icmp eq i64 %178, 249
  br i1 %190, label %151, label %154, !llvm.loop !34
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #5

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
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
!10 = !{!"double", !7, i64 0}
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
!26 = !{!27}
!27 = distinct !{!27, !28}
!28 = distinct !{!28, !"LVerDomain"}
!29 = !{!30}
!30 = distinct !{!30, !28}
!31 = distinct !{!31, !12, !13, !14}
!32 = distinct !{!32, !12}
!33 = distinct !{!33, !12}
!34 = distinct !{!34, !12, !13}
