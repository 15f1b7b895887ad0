; ModuleID = 'gramschmidt.c'
source_filename = "gramschmidt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e Q[3][2] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(256000) ptr @malloc(i64 noundef 256000) #9
  %2 = tail call noalias dereferenceable_or_null(204800) ptr @calloc(i64 noundef 160, i64 noundef 1280) #10
  %3 = tail call noalias dereferenceable_or_null(256000) ptr @malloc(i64 noundef 256000) #9
  br label %4

4:                                                ; preds = %0, %8
  %5 = phi i64 [ 0, %0 ], [ %9, %8 ]
  %6 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %5
  br label %11

7:                                                ; preds = %8
  tail call fastcc void @kernel_gramschmidt(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3)
  br label %24

8:                                                ; preds = %11
  %9 = add nuw nsw i64 %5, 1
  %10 = icmp eq i64 %9, 200
  br i1 %10, label %7, label %4, !llvm.loop !9

11:                                               ; preds = %4, %11
  %12 = phi i64 [ 0, %4 ], [ %22, %11 ]
  %13 = mul nuw nsw i64 %12, %5
  %14 = trunc nuw nsw i64 %13 to i32
  %15 = urem i32 %14, 200
  %16 = uitofp nneg i32 %15 to double
  %17 = fdiv double %16, 2.000000e+02
  %18 = icmp eq i64 %5, %12
  %19 = uitofp i1 %18 to double
  %20 = tail call double @llvm.fmuladd.f64(double %17, double 1.000000e+01, double %19)
  %21 = getelementptr inbounds nuw double, ptr %6, i64 %12
  store double %20, ptr %21, align 8, !tbaa !11
  %22 = add nuw nsw i64 %12, 1
  %23 = icmp eq i64 %22, 160
  br i1 %23, label %8, label %11, !llvm.loop !13

24:                                               ; preds = %7, %32
  %25 = phi i64 [ 0, %7 ], [ %33, %32 ]
  %26 = phi double [ 0.000000e+00, %7 ], [ %68, %32 ]
  %27 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %25
  br label %35

28:                                               ; preds = %32
  %29 = getelementptr inbounds nuw i8, ptr %3, i64 3856
  %30 = load double, ptr %29, align 8, !tbaa !11
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %68, double noundef %30)
  tail call void @free(ptr noundef %1) #11
  tail call void @free(ptr noundef nonnull %2) #11
  tail call void @free(ptr noundef %3) #11
  ret i32 0

32:                                               ; preds = %35
  %33 = add nuw nsw i64 %25, 1
  %34 = icmp eq i64 %33, 160
  br i1 %34, label %28, label %24, !llvm.loop !14

35:                                               ; preds = %35, %24
  %36 = phi i64 [ 0, %24 ], [ %69, %35 ]
  %37 = phi double [ %26, %24 ], [ %68, %35 ]
  %38 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %39 = load double, ptr %38, align 8, !tbaa !11
  %40 = fadd double %37, %39
  %41 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %42 = getelementptr inbounds nuw i8, ptr %41, i64 8
  %43 = load double, ptr %42, align 8, !tbaa !11
  %44 = fadd double %40, %43
  %45 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 16
  %47 = load double, ptr %46, align 8, !tbaa !11
  %48 = fadd double %44, %47
  %49 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %50 = getelementptr inbounds nuw i8, ptr %49, i64 24
  %51 = load double, ptr %50, align 8, !tbaa !11
  %52 = fadd double %48, %51
  %53 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %54 = getelementptr inbounds nuw i8, ptr %53, i64 32
  %55 = load double, ptr %54, align 8, !tbaa !11
  %56 = fadd double %52, %55
  %57 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %58 = getelementptr inbounds nuw i8, ptr %57, i64 40
  %59 = load double, ptr %58, align 8, !tbaa !11
  %60 = fadd double %56, %59
  %61 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %62 = getelementptr inbounds nuw i8, ptr %61, i64 48
  %63 = load double, ptr %62, align 8, !tbaa !11
  %64 = fadd double %60, %63
  %65 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 56
  %67 = load double, ptr %66, align 8, !tbaa !11
  %68 = fadd double %64, %67
  %69 = add nuw nsw i64 %36, 8
  %70 = icmp eq i64 %69, 160
  br i1 %70, label %32, label %35, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_gramschmidt(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #4 {
  %4 = getelementptr i8, ptr %0, i64 256000
  %5 = getelementptr i8, ptr %2, i64 256000
  %6 = getelementptr i8, ptr %1, i64 204800
  %7 = icmp ult ptr %2, %4
  %8 = icmp ult ptr %0, %5
  %9 = and i1 %7, %8
  %10 = icmp ult ptr %2, %6
  %11 = icmp ult ptr %1, %5
  %12 = and i1 %10, %11
  %13 = or i1 %9, %12
  br label %17

14:                                               ; preds = %155, %83
  %15 = add nuw nsw i64 %19, 1
  %16 = icmp eq i64 %84, 160
  br i1 %16, label %33, label %17, !llvm.loop !16

17:                                               ; preds = %3, %14
  %18 = phi i64 [ 0, %3 ], [ %84, %14 ]
  %19 = phi i64 [ 1, %3 ], [ %15, %14 ]
  %20 = shl nuw nsw i64 %18, 3
  %21 = getelementptr i8, ptr %0, i64 %20
  %22 = getelementptr i8, ptr %21, i64 8
  %23 = getelementptr i8, ptr %2, i64 %20
  %24 = getelementptr i8, ptr %2, i64 %20
  %25 = getelementptr i8, ptr %24, i64 254728
  %26 = mul nuw nsw i64 %18, 1288
  %27 = getelementptr i8, ptr %1, i64 %26
  %28 = getelementptr i8, ptr %27, i64 8
  %29 = mul nuw nsw i64 %18, 1280
  %30 = getelementptr i8, ptr %1, i64 %29
  %31 = getelementptr i8, ptr %30, i64 1280
  %32 = getelementptr inbounds nuw double, ptr %0, i64 %18
  br label %59

33:                                               ; preds = %14
  ret void

34:                                               ; preds = %59
  %35 = tail call double @sqrt(double noundef %80) #11, !tbaa !5
  %36 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %18
  %37 = getelementptr inbounds nuw double, ptr %36, i64 %18
  store double %35, ptr %37, align 8, !tbaa !11
  %38 = getelementptr inbounds nuw double, ptr %2, i64 %18
  br i1 %13, label %94, label %39

39:                                               ; preds = %34
  %40 = load double, ptr %37, align 8, !tbaa !11, !alias.scope !17
  %41 = insertelement <2 x double> poison, double %40, i64 0
  %42 = shufflevector <2 x double> %41, <2 x double> poison, <2 x i32> zeroinitializer
  br label %43

43:                                               ; preds = %43, %39
  %44 = phi i64 [ 0, %39 ], [ %57, %43 ]
  %45 = or disjoint i64 %44, 1
  %46 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %44
  %47 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %45
  %48 = load double, ptr %46, align 8, !tbaa !11, !alias.scope !20
  %49 = load double, ptr %47, align 8, !tbaa !11, !alias.scope !20
  %50 = insertelement <2 x double> poison, double %48, i64 0
  %51 = insertelement <2 x double> %50, double %49, i64 1
  %52 = fdiv <2 x double> %51, %42
  %53 = extractelement <2 x double> %52, i64 0
  %54 = extractelement <2 x double> %52, i64 1
  %55 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %44
  %56 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %45
  store double %53, ptr %55, align 8, !tbaa !11, !alias.scope !22, !noalias !24
  store double %54, ptr %56, align 8, !tbaa !11, !alias.scope !22, !noalias !24
  %57 = add nuw i64 %44, 2
  %58 = icmp eq i64 %57, 200
  br i1 %58, label %83, label %43, !llvm.loop !25

59:                                               ; preds = %59, %17
  %60 = phi i64 [ 0, %17 ], [ %81, %59 ]
  %61 = phi double [ 0.000000e+00, %17 ], [ %80, %59 ]
  %62 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %60
  %63 = load double, ptr %62, align 8, !tbaa !11
  %64 = tail call double @llvm.fmuladd.f64(double %63, double %63, double %61)
  %65 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %60
  %66 = getelementptr inbounds nuw i8, ptr %65, i64 1280
  %67 = load double, ptr %66, align 8, !tbaa !11
  %68 = tail call double @llvm.fmuladd.f64(double %67, double %67, double %64)
  %69 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %60
  %70 = getelementptr inbounds nuw i8, ptr %69, i64 2560
  %71 = load double, ptr %70, align 8, !tbaa !11
  %72 = tail call double @llvm.fmuladd.f64(double %71, double %71, double %68)
  %73 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %60
  %74 = getelementptr inbounds nuw i8, ptr %73, i64 3840
  %75 = load double, ptr %74, align 8, !tbaa !11
  %76 = tail call double @llvm.fmuladd.f64(double %75, double %75, double %72)
  %77 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %60
  %78 = getelementptr inbounds nuw i8, ptr %77, i64 5120
  %79 = load double, ptr %78, align 8, !tbaa !11
  %80 = tail call double @llvm.fmuladd.f64(double %79, double %79, double %76)
  %81 = add nuw nsw i64 %60, 5
  %82 = icmp eq i64 %81, 200
  br i1 %82, label %34, label %59, !llvm.loop !28

83:                                               ; preds = %43, %94
  %84 = add nuw nsw i64 %18, 1
  %85 = icmp samesign ult i64 %18, 159
  br i1 %85, label %86, label %14

86:                                               ; preds = %83
  %87 = icmp ult ptr %22, %25
  %88 = icmp ult ptr %23, %4
  %89 = and i1 %87, %88
  %90 = icmp ult ptr %22, %31
  %91 = icmp ult ptr %28, %4
  %92 = and i1 %90, %91
  %93 = or i1 %89, %92
  br label %109

94:                                               ; preds = %34, %94
  %95 = phi i64 [ %107, %94 ], [ 0, %34 ]
  %96 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %95
  %97 = load double, ptr %96, align 8, !tbaa !11
  %98 = load double, ptr %37, align 8, !tbaa !11
  %99 = fdiv double %97, %98
  %100 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %95
  store double %99, ptr %100, align 8, !tbaa !11
  %101 = or disjoint i64 %95, 1
  %102 = getelementptr inbounds nuw [160 x double], ptr %32, i64 %101
  %103 = load double, ptr %102, align 8, !tbaa !11
  %104 = load double, ptr %37, align 8, !tbaa !11
  %105 = fdiv double %103, %104
  %106 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %101
  store double %105, ptr %106, align 8, !tbaa !11
  %107 = add nuw nsw i64 %95, 2
  %108 = icmp eq i64 %107, 200
  br i1 %108, label %83, label %94, !llvm.loop !29

109:                                              ; preds = %86, %155
  %110 = phi i64 [ %156, %155 ], [ %19, %86 ]
  %111 = getelementptr inbounds nuw double, ptr %36, i64 %110
  store double 0.000000e+00, ptr %111, align 8, !tbaa !11
  %112 = getelementptr inbounds nuw double, ptr %0, i64 %110
  br label %113

113:                                              ; preds = %113, %109
  %114 = phi i64 [ 0, %109 ], [ %127, %113 ]
  %115 = phi double [ 0.000000e+00, %109 ], [ %126, %113 ]
  %116 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %114
  %117 = load double, ptr %116, align 8, !tbaa !11
  %118 = getelementptr inbounds nuw [160 x double], ptr %112, i64 %114
  %119 = load double, ptr %118, align 8, !tbaa !11
  %120 = tail call double @llvm.fmuladd.f64(double %117, double %119, double %115)
  store double %120, ptr %111, align 8, !tbaa !11
  %121 = or disjoint i64 %114, 1
  %122 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %121
  %123 = load double, ptr %122, align 8, !tbaa !11
  %124 = getelementptr inbounds nuw [160 x double], ptr %112, i64 %121
  %125 = load double, ptr %124, align 8, !tbaa !11
  %126 = tail call double @llvm.fmuladd.f64(double %123, double %125, double %120)
  store double %126, ptr %111, align 8, !tbaa !11
  %127 = add nuw nsw i64 %114, 2
  %128 = icmp eq i64 %127, 200
  br i1 %128, label %129, label %113, !llvm.loop !30

129:                                              ; preds = %113
  br i1 %93, label %158, label %130

130:                                              ; preds = %129
  %131 = load double, ptr %111, align 8, !tbaa !11, !alias.scope !31
  %132 = insertelement <2 x double> poison, double %131, i64 0
  %133 = shufflevector <2 x double> %132, <2 x double> poison, <2 x i32> zeroinitializer
  br label %134

134:                                              ; preds = %134, %130
  %135 = phi i64 [ 0, %130 ], [ %153, %134 ]
  %136 = or disjoint i64 %135, 1
  %137 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %135
  %138 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %136
  %139 = load double, ptr %137, align 8, !tbaa !11, !alias.scope !34
  %140 = load double, ptr %138, align 8, !tbaa !11, !alias.scope !34
  %141 = insertelement <2 x double> poison, double %139, i64 0
  %142 = insertelement <2 x double> %141, double %140, i64 1
  %143 = getelementptr inbounds nuw [160 x double], ptr %112, i64 %135
  %144 = getelementptr inbounds nuw [160 x double], ptr %112, i64 %136
  %145 = load double, ptr %143, align 8, !tbaa !11, !alias.scope !36, !noalias !38
  %146 = load double, ptr %144, align 8, !tbaa !11, !alias.scope !36, !noalias !38
  %147 = insertelement <2 x double> poison, double %145, i64 0
  %148 = insertelement <2 x double> %147, double %146, i64 1
  %149 = fneg <2 x double> %142
  %150 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %149, <2 x double> %133, <2 x double> %148)
  %151 = extractelement <2 x double> %150, i64 0
  %152 = extractelement <2 x double> %150, i64 1
  store double %151, ptr %143, align 8, !tbaa !11, !alias.scope !36, !noalias !38
  store double %152, ptr %144, align 8, !tbaa !11, !alias.scope !36, !noalias !38
  %153 = add nuw i64 %135, 2
  %154 = icmp eq i64 %153, 200
  br i1 %154, label %155, label %134, !llvm.loop !39

155:                                              ; preds = %134, %158
  %156 = add nuw nsw i64 %110, 1
  %157 = icmp eq i64 %156, 160
  br i1 %157, label %14, label %109, !llvm.loop !40

158:                                              ; preds = %129, %158
  %159 = phi i64 [ %175, %158 ], [ 0, %129 ]
  %160 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %159
  %161 = load double, ptr %160, align 8, !tbaa !11
  %162 = load double, ptr %111, align 8, !tbaa !11
  %163 = getelementptr inbounds nuw [160 x double], ptr %112, i64 %159
  %164 = load double, ptr %163, align 8, !tbaa !11
  %165 = fneg double %161
  %166 = tail call double @llvm.fmuladd.f64(double %165, double %162, double %164)
  store double %166, ptr %163, align 8, !tbaa !11
  %167 = or disjoint i64 %159, 1
  %168 = getelementptr inbounds nuw [160 x double], ptr %38, i64 %167
  %169 = load double, ptr %168, align 8, !tbaa !11
  %170 = load double, ptr %111, align 8, !tbaa !11
  %171 = getelementptr inbounds nuw [160 x double], ptr %112, i64 %167
  %172 = load double, ptr %171, align 8, !tbaa !11
  %173 = fneg double %169
  %174 = tail call double @llvm.fmuladd.f64(double %173, double %170, double %172)
  store double %174, ptr %171, align 8, !tbaa !11
  %175 = add nuw nsw i64 %159, 2
  %176 = icmp eq i64 %175, 200
  br i1 %176, label %155, label %158, !llvm.loop !41
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #8

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind allocsize(0) }
attributes #10 = { nounwind allocsize(0,1) }
attributes #11 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = !{!18}
!18 = distinct !{!18, !19}
!19 = distinct !{!19, !"LVerDomain"}
!20 = !{!21}
!21 = distinct !{!21, !19}
!22 = !{!23}
!23 = distinct !{!23, !19}
!24 = !{!21, !18}
!25 = distinct !{!25, !10, !26, !27}
!26 = !{!"llvm.loop.isvectorized", i32 1}
!27 = !{!"llvm.loop.unroll.runtime.disable"}
!28 = distinct !{!28, !10}
!29 = distinct !{!29, !10, !26}
!30 = distinct !{!30, !10}
!31 = !{!32}
!32 = distinct !{!32, !33}
!33 = distinct !{!33, !"LVerDomain"}
!34 = !{!35}
!35 = distinct !{!35, !33}
!36 = !{!37}
!37 = distinct !{!37, !33}
!38 = !{!35, !32}
!39 = distinct !{!39, !10, !26, !27}
!40 = distinct !{!40, !10}
!41 = distinct !{!41, !10, !26}
