; ModuleID = 'durbin.c'
source_filename = "durbin.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [24 x i8] c"sum %.12e y[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #8
  %2 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #8
  %3 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #8
  br label %4

4:                                                ; preds = %4, %0
  %5 = phi i64 [ 0, %0 ], [ %21, %4 ]
  %6 = phi <2 x i32> [ <i32 0, i32 1>, %0 ], [ %22, %4 ]
  %7 = add <2 x i32> %6, splat (i32 2)
  %8 = uitofp nneg <2 x i32> %7 to <2 x double>
  %9 = fdiv <2 x double> splat (double 5.000000e-01), %8
  %10 = getelementptr inbounds nuw double, ptr %1, i64 %5
  store <2 x double> %9, ptr %10, align 8, !tbaa !9
  %11 = add <2 x i32> %6, splat (i32 4)
  %12 = uitofp nneg <2 x i32> %11 to <2 x double>
  %13 = fdiv <2 x double> splat (double 5.000000e-01), %12
  %14 = getelementptr inbounds nuw double, ptr %1, i64 %5
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 16
  store <2 x double> %13, ptr %15, align 8, !tbaa !9
  %16 = add <2 x i32> %6, splat (i32 6)
  %17 = uitofp nneg <2 x i32> %16 to <2 x double>
  %18 = fdiv <2 x double> splat (double 5.000000e-01), %17
  %19 = getelementptr inbounds nuw double, ptr %1, i64 %5
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 32
  store <2 x double> %18, ptr %20, align 8, !tbaa !9
  %21 = add nuw nsw i64 %5, 6
  %22 = add <2 x i32> %6, splat (i32 6)
  %23 = icmp eq i64 %21, 1200
  br i1 %23, label %24, label %4, !llvm.loop !11

24:                                               ; preds = %4
  tail call fastcc void @kernel_durbin(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3)
  br label %29

25:                                               ; preds = %29
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 9592
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %62, double noundef %27)
  tail call void @free(ptr noundef nonnull %1) #9
  tail call void @free(ptr noundef nonnull %2) #9
  tail call void @free(ptr noundef %3) #9
  ret i32 0

29:                                               ; preds = %29, %24
  %30 = phi i64 [ 0, %24 ], [ %63, %29 ]
  %31 = phi double [ 0.000000e+00, %24 ], [ %62, %29 ]
  %32 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %33 = load double, ptr %32, align 8, !tbaa !9
  %34 = fadd double %31, %33
  %35 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %36 = getelementptr inbounds nuw i8, ptr %35, i64 8
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = fadd double %34, %37
  %39 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 16
  %41 = load double, ptr %40, align 8, !tbaa !9
  %42 = fadd double %38, %41
  %43 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %44 = getelementptr inbounds nuw i8, ptr %43, i64 24
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = fadd double %42, %45
  %47 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %48 = getelementptr inbounds nuw i8, ptr %47, i64 32
  %49 = load double, ptr %48, align 8, !tbaa !9
  %50 = fadd double %46, %49
  %51 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 40
  %53 = load double, ptr %52, align 8, !tbaa !9
  %54 = fadd double %50, %53
  %55 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %56 = getelementptr inbounds nuw i8, ptr %55, i64 48
  %57 = load double, ptr %56, align 8, !tbaa !9
  %58 = fadd double %54, %57
  %59 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 56
  %61 = load double, ptr %60, align 8, !tbaa !9
  %62 = fadd double %58, %61
  %63 = add nuw nsw i64 %30, 8
  %64 = icmp eq i64 %63, 1200
  br i1 %64, label %25, label %29, !llvm.loop !15
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_durbin(ptr noundef readonly captures(none) %0, ptr noundef captures(none) initializes((0, 8)) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  %4 = ptrtoint ptr %2 to i64
  %5 = ptrtoint ptr %1 to i64
  %6 = load double, ptr %0, align 8, !tbaa !9
  %7 = fneg double %6
  store double %7, ptr %1, align 8, !tbaa !9
  %8 = sub i64 %5, %4
  %9 = icmp ult i64 %8, 32
  br label %11

10:                                               ; preds = %189
  ret void

11:                                               ; preds = %3, %189
  %12 = phi i64 [ 0, %3 ], [ %193, %189 ]
  %13 = phi i64 [ 1, %3 ], [ %191, %189 ]
  %14 = phi double [ 1.000000e+00, %3 ], [ %48, %189 ]
  %15 = phi double [ %7, %3 ], [ %53, %189 ]
  %16 = shl nuw nsw i64 %12, 3
  %17 = add nuw i64 %16, 8
  %18 = getelementptr i8, ptr %2, i64 %17
  %19 = getelementptr i8, ptr %1, i64 %17
  %20 = getelementptr double, ptr %0, i64 %13
  %21 = and i64 %13, 3
  %22 = icmp ult i64 %12, 3
  br i1 %22, label %27, label %23

23:                                               ; preds = %11
  %24 = and i64 %13, 9223372036854775804
  br label %102

25:                                               ; preds = %102
  %26 = icmp eq i64 %21, 0
  br i1 %26, label %44, label %27

27:                                               ; preds = %25, %11
  %28 = phi i64 [ 0, %11 ], [ %133, %25 ]
  %29 = phi double [ 0.000000e+00, %11 ], [ %132, %25 ]
  %30 = icmp ne i64 %21, 0
  tail call void @llvm.assume(i1 %30)
  br label %31

31:                                               ; preds = %31, %27
  %32 = phi i64 [ %28, %27 ], [ %41, %31 ]
  %33 = phi double [ %29, %27 ], [ %40, %31 ]
  %34 = phi i64 [ 0, %27 ], [ %42, %31 ]
  %35 = xor i64 %32, -1
  %36 = getelementptr double, ptr %20, i64 %35
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw double, ptr %1, i64 %32
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call double @llvm.fmuladd.f64(double %37, double %39, double %33)
  %41 = add nuw nsw i64 %32, 1
  %42 = add i64 %34, 1
  %43 = icmp eq i64 %42, %21
  br i1 %43, label %44, label %31, !llvm.loop !16

44:                                               ; preds = %31, %25
  %45 = phi double [ %132, %25 ], [ %40, %31 ]
  %46 = fneg double %15
  %47 = tail call double @llvm.fmuladd.f64(double %46, double %15, double 1.000000e+00)
  %48 = fmul double %47, %14
  %49 = getelementptr inbounds nuw double, ptr %0, i64 %13
  %50 = load double, ptr %49, align 8, !tbaa !9
  %51 = fadd double %45, %50
  %52 = fneg double %51
  %53 = fdiv double %52, %48
  %54 = getelementptr double, ptr %1, i64 %13
  %55 = icmp samesign ult i64 %13, 4
  br i1 %55, label %86, label %56

56:                                               ; preds = %44
  %57 = icmp ult ptr %2, %19
  %58 = icmp ult ptr %1, %18
  %59 = and i1 %57, %58
  br i1 %59, label %86, label %60

60:                                               ; preds = %56
  %61 = and i64 %13, 9223372036854775804
  %62 = insertelement <2 x double> poison, double %53, i64 0
  %63 = shufflevector <2 x double> %62, <2 x double> poison, <2 x i32> zeroinitializer
  br label %64

64:                                               ; preds = %64, %60
  %65 = phi i64 [ 0, %60 ], [ %82, %64 ]
  %66 = getelementptr inbounds nuw double, ptr %1, i64 %65
  %67 = getelementptr inbounds nuw i8, ptr %66, i64 16
  %68 = load <2 x double>, ptr %66, align 8, !tbaa !9, !alias.scope !18
  %69 = load <2 x double>, ptr %67, align 8, !tbaa !9, !alias.scope !18
  %70 = xor i64 %65, -1
  %71 = getelementptr double, ptr %54, i64 %70
  %72 = getelementptr i8, ptr %71, i64 -8
  %73 = getelementptr i8, ptr %71, i64 -24
  %74 = load <2 x double>, ptr %72, align 8, !tbaa !9, !alias.scope !18
  %75 = load <2 x double>, ptr %73, align 8, !tbaa !9, !alias.scope !18
  %76 = shufflevector <2 x double> %74, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %77 = shufflevector <2 x double> %75, <2 x double> poison, <2 x i32> <i32 1, i32 0>
  %78 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %76, <2 x double> %68)
  %79 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %63, <2 x double> %77, <2 x double> %69)
  %80 = getelementptr inbounds nuw double, ptr %2, i64 %65
  %81 = getelementptr inbounds nuw i8, ptr %80, i64 16
  store <2 x double> %78, ptr %80, align 8, !tbaa !9, !alias.scope !21, !noalias !18
  store <2 x double> %79, ptr %81, align 8, !tbaa !9, !alias.scope !21, !noalias !18
  %82 = add nuw i64 %65, 4
  %83 = icmp eq i64 %82, %61
  br i1 %83, label %84, label %64, !llvm.loop !23

84:                                               ; preds = %64
  %85 = icmp eq i64 %13, %61
  br i1 %85, label %155, label %86

86:                                               ; preds = %56, %44, %84
  %87 = phi i64 [ 0, %56 ], [ 0, %44 ], [ %61, %84 ]
  %88 = and i64 %13, 1
  %89 = icmp eq i64 %88, 0
  br i1 %89, label %99, label %90

90:                                               ; preds = %86
  %91 = getelementptr inbounds nuw double, ptr %1, i64 %87
  %92 = load double, ptr %91, align 8, !tbaa !9
  %93 = xor i64 %87, -1
  %94 = getelementptr double, ptr %54, i64 %93
  %95 = load double, ptr %94, align 8, !tbaa !9
  %96 = tail call double @llvm.fmuladd.f64(double %53, double %95, double %92)
  %97 = getelementptr inbounds nuw double, ptr %2, i64 %87
  store double %96, ptr %97, align 8, !tbaa !9
  %98 = or disjoint i64 %87, 1
  br label %99

99:                                               ; preds = %90, %86
  %100 = phi i64 [ %87, %86 ], [ %98, %90 ]
  %101 = icmp eq i64 %12, %87
  br i1 %101, label %155, label %136

102:                                              ; preds = %102, %23
  %103 = phi i64 [ 0, %23 ], [ %133, %102 ]
  %104 = phi double [ 0.000000e+00, %23 ], [ %132, %102 ]
  %105 = phi i64 [ 0, %23 ], [ %134, %102 ]
  %106 = xor i64 %103, -1
  %107 = getelementptr double, ptr %20, i64 %106
  %108 = load double, ptr %107, align 8, !tbaa !9
  %109 = getelementptr inbounds nuw double, ptr %1, i64 %103
  %110 = load double, ptr %109, align 8, !tbaa !9
  %111 = tail call double @llvm.fmuladd.f64(double %108, double %110, double %104)
  %112 = xor i64 %103, -2
  %113 = getelementptr double, ptr %20, i64 %112
  %114 = load double, ptr %113, align 8, !tbaa !9
  %115 = getelementptr inbounds nuw double, ptr %1, i64 %103
  %116 = getelementptr inbounds nuw i8, ptr %115, i64 8
  %117 = load double, ptr %116, align 8, !tbaa !9
  %118 = tail call double @llvm.fmuladd.f64(double %114, double %117, double %111)
  %119 = xor i64 %103, -3
  %120 = getelementptr double, ptr %20, i64 %119
  %121 = load double, ptr %120, align 8, !tbaa !9
  %122 = getelementptr inbounds nuw double, ptr %1, i64 %103
  %123 = getelementptr inbounds nuw i8, ptr %122, i64 16
  %124 = load double, ptr %123, align 8, !tbaa !9
  %125 = tail call double @llvm.fmuladd.f64(double %121, double %124, double %118)
  %126 = xor i64 %103, -4
  %127 = getelementptr double, ptr %20, i64 %126
  %128 = load double, ptr %127, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw double, ptr %1, i64 %103
  %130 = getelementptr inbounds nuw i8, ptr %129, i64 24
  %131 = load double, ptr %130, align 8, !tbaa !9
  %132 = tail call double @llvm.fmuladd.f64(double %128, double %131, double %125)
  %133 = add nuw nsw i64 %103, 4
  %134 = add i64 %105, 4
  %135 = icmp eq i64 %134, %24
  br i1 %135, label %25, label %102, !llvm.loop !24

136:                                              ; preds = %99, %136
  %137 = phi i64 [ %153, %136 ], [ %100, %99 ]
  %138 = getelementptr inbounds nuw double, ptr %1, i64 %137
  %139 = load double, ptr %138, align 8, !tbaa !9
  %140 = xor i64 %137, -1
  %141 = getelementptr double, ptr %54, i64 %140
  %142 = load double, ptr %141, align 8, !tbaa !9
  %143 = tail call double @llvm.fmuladd.f64(double %53, double %142, double %139)
  %144 = getelementptr inbounds nuw double, ptr %2, i64 %137
  store double %143, ptr %144, align 8, !tbaa !9
  %145 = add nuw nsw i64 %137, 1
  %146 = getelementptr inbounds nuw double, ptr %1, i64 %145
  %147 = load double, ptr %146, align 8, !tbaa !9
  %148 = sub i64 -2, %137
  %149 = getelementptr double, ptr %54, i64 %148
  %150 = load double, ptr %149, align 8, !tbaa !9
  %151 = tail call double @llvm.fmuladd.f64(double %53, double %150, double %147)
  %152 = getelementptr inbounds nuw double, ptr %2, i64 %145
  store double %151, ptr %152, align 8, !tbaa !9
  %153 = add nuw nsw i64 %137, 2
  %154 = icmp eq i64 %153, %13
  br i1 %154, label %155, label %136, !llvm.loop !25

155:                                              ; preds = %99, %136, %84
  %156 = icmp samesign ult i64 %13, 4
  %157 = or i1 %156, %9
  br i1 %157, label %172, label %158

158:                                              ; preds = %155
  %159 = and i64 %13, 9223372036854775804
  br label %160

160:                                              ; preds = %160, %158
  %161 = phi i64 [ 0, %158 ], [ %168, %160 ]
  %162 = getelementptr inbounds nuw double, ptr %2, i64 %161
  %163 = getelementptr inbounds nuw i8, ptr %162, i64 16
  %164 = load <2 x double>, ptr %162, align 8, !tbaa !9
  %165 = load <2 x double>, ptr %163, align 8, !tbaa !9
  %166 = getelementptr inbounds nuw double, ptr %1, i64 %161
  %167 = getelementptr inbounds nuw i8, ptr %166, i64 16
  store <2 x double> %164, ptr %166, align 8, !tbaa !9
  store <2 x double> %165, ptr %167, align 8, !tbaa !9
  %168 = add nuw i64 %161, 4
  %169 = icmp eq i64 %168, %159
  br i1 %169, label %170, label %160, !llvm.loop !26

170:                                              ; preds = %160
  %171 = icmp eq i64 %13, %159
  br i1 %171, label %189, label %172

172:                                              ; preds = %155, %170
  %173 = phi i64 [ 0, %155 ], [ %159, %170 ]
  %174 = sub i64 %12, %173
  %175 = and i64 %13, 3
  %176 = icmp eq i64 %175, 0
  br i1 %176, label %186, label %177

177:                                              ; preds = %172, %177
  %178 = phi i64 [ %183, %177 ], [ %173, %172 ]
  %179 = phi i64 [ %184, %177 ], [ 0, %172 ]
  %180 = getelementptr inbounds nuw double, ptr %2, i64 %178
  %181 = load double, ptr %180, align 8, !tbaa !9
  %182 = getelementptr inbounds nuw double, ptr %1, i64 %178
  store double %181, ptr %182, align 8, !tbaa !9
  %183 = add nuw nsw i64 %178, 1
  %184 = add i64 %179, 1
  %185 = icmp eq i64 %184, %175
  br i1 %185, label %186, label %177, !llvm.loop !27

186:                                              ; preds = %177, %172
  %187 = phi i64 [ %173, %172 ], [ %183, %177 ]
  %188 = icmp ult i64 %174, 3
  br i1 %188, label %189, label %194

189:                                              ; preds = %186, %194, %170
  %190 = getelementptr inbounds nuw double, ptr %1, i64 %13
  store double %53, ptr %190, align 8, !tbaa !9
  %191 = add nuw nsw i64 %13, 1
  %192 = icmp eq i64 %191, 1200
  %193 = add i64 %12, 1
  br i1 %192, label %10, label %11, !llvm.loop !28

194:                                              ; preds = %186, %194
  %195 = phi i64 [ %211, %194 ], [ %187, %186 ]
  %196 = getelementptr inbounds nuw double, ptr %2, i64 %195
  %197 = load double, ptr %196, align 8, !tbaa !9
  %198 = getelementptr inbounds nuw double, ptr %1, i64 %195
  store double %197, ptr %198, align 8, !tbaa !9
  %199 = add nuw nsw i64 %195, 1
  %200 = getelementptr inbounds nuw double, ptr %2, i64 %199
  %201 = load double, ptr %200, align 8, !tbaa !9
  %202 = getelementptr inbounds nuw double, ptr %1, i64 %199
  store double %201, ptr %202, align 8, !tbaa !9
  %203 = add nuw nsw i64 %195, 2
  %204 = getelementptr inbounds nuw double, ptr %2, i64 %203
  %205 = load double, ptr %204, align 8, !tbaa !9
  %206 = getelementptr inbounds nuw double, ptr %1, i64 %203
  store double %205, ptr %206, align 8, !tbaa !9
  %207 = add nuw nsw i64 %195, 3
  %208 = getelementptr inbounds nuw double, ptr %2, i64 %207
  %209 = load double, ptr %208, align 8, !tbaa !9
  %210 = getelementptr inbounds nuw double, ptr %1, i64 %207
  store double %209, ptr %210, align 8, !tbaa !9
  %211 = add nuw nsw i64 %195, 4
  %212 = icmp eq i64 %211, %13
  br i1 %212, label %189, label %194, !llvm.loop !29
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
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
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = !{!19}
!19 = distinct !{!19, !20}
!20 = distinct !{!20, !"LVerDomain"}
!21 = !{!22}
!22 = distinct !{!22, !20}
!23 = distinct !{!23, !12, !13, !14}
!24 = distinct !{!24, !12}
!25 = distinct !{!25, !12, !13}
!26 = distinct !{!26, !12, !13, !14}
!27 = distinct !{!27, !17}
!28 = distinct !{!28, !12}
!29 = distinct !{!29, !12, !13}
