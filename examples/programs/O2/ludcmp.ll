; ModuleID = 'ludcmp.c'
source_filename = "ludcmp.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [22 x i8] c"sum %.12e x[0] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(387200) ptr @malloc(i64 noundef 387200) #7
  %2 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  %3 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  %4 = tail call noalias dereferenceable_or_null(1760) ptr @malloc(i64 noundef 1760) #7
  br label %8

5:                                                ; preds = %26
  %6 = icmp eq i64 %10, 220
  br i1 %6, label %7, label %8, !llvm.loop !9

7:                                                ; preds = %5
  tail call fastcc void @kernel_ludcmp(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %34

8:                                                ; preds = %0, %5
  %9 = phi i64 [ 0, %0 ], [ %10, %5 ]
  %10 = add nuw nsw i64 %9, 1
  %11 = trunc nuw nsw i64 %10 to i32
  %12 = uitofp nneg i32 %11 to double
  %13 = fdiv double %12, 2.200000e+02
  %14 = getelementptr inbounds nuw double, ptr %2, i64 %9
  store double %13, ptr %14, align 8, !tbaa !11
  %15 = getelementptr inbounds nuw [220 x double], ptr %1, i64 %9
  br label %16

16:                                               ; preds = %8, %26
  %17 = phi i64 [ 0, %8 ], [ %29, %26 ]
  %18 = icmp eq i64 %9, %17
  br i1 %18, label %26, label %19

19:                                               ; preds = %16
  %20 = shl nuw nsw i64 %17, 1
  %21 = add nuw nsw i64 %20, %9
  %22 = trunc nuw nsw i64 %21 to i32
  %23 = urem i32 %22, 9
  %24 = uitofp nneg i32 %23 to double
  %25 = fdiv double %24, 9.000000e+00
  br label %26

26:                                               ; preds = %16, %19
  %27 = phi double [ %25, %19 ], [ 2.200000e+02, %16 ]
  %28 = getelementptr inbounds nuw double, ptr %15, i64 %17
  store double %27, ptr %28, align 8, !tbaa !11
  %29 = add nuw nsw i64 %17, 1
  %30 = icmp eq i64 %29, 220
  br i1 %30, label %5, label %16, !llvm.loop !13

31:                                               ; preds = %34
  %32 = load double, ptr %3, align 8, !tbaa !11
  %33 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %55, double noundef %32)
  tail call void @free(ptr noundef nonnull %1) #8
  tail call void @free(ptr noundef %2) #8
  tail call void @free(ptr noundef nonnull %3) #8
  tail call void @free(ptr noundef %4) #8
  ret i32 0

34:                                               ; preds = %34, %7
  %35 = phi i64 [ 0, %7 ], [ %56, %34 ]
  %36 = phi double [ 0.000000e+00, %7 ], [ %55, %34 ]
  %37 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %38 = load double, ptr %37, align 8, !tbaa !11
  %39 = fadd double %36, %38
  %40 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %41 = getelementptr inbounds nuw i8, ptr %40, i64 8
  %42 = load double, ptr %41, align 8, !tbaa !11
  %43 = fadd double %39, %42
  %44 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 16
  %46 = load double, ptr %45, align 8, !tbaa !11
  %47 = fadd double %43, %46
  %48 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %49 = getelementptr inbounds nuw i8, ptr %48, i64 24
  %50 = load double, ptr %49, align 8, !tbaa !11
  %51 = fadd double %47, %50
  %52 = getelementptr inbounds nuw double, ptr %3, i64 %35
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 32
  %54 = load double, ptr %53, align 8, !tbaa !11
  %55 = fadd double %51, %54
  %56 = add nuw nsw i64 %35, 5
  %57 = icmp eq i64 %56, 220
  br i1 %57, label %31, label %34, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_ludcmp(ptr noundef captures(none) %0, ptr noundef readonly captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #2 {
  br label %5

5:                                                ; preds = %4, %68
  %6 = phi i64 [ 0, %4 ], [ %69, %68 ]
  %7 = icmp eq i64 %6, 0
  br i1 %7, label %10, label %8

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %6
  br label %17

10:                                               ; preds = %40, %5
  %11 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %6
  %12 = and i64 %6, 1
  %13 = icmp eq i64 %6, 1
  %14 = and i64 %6, 9223372036854775806
  %15 = icmp eq i64 %12, 0
  %16 = icmp ne i64 %12, 0
  br label %71

17:                                               ; preds = %8, %40
  %18 = phi i64 [ 0, %8 ], [ %46, %40 ]
  %19 = getelementptr inbounds nuw double, ptr %9, i64 %18
  %20 = load double, ptr %19, align 8, !tbaa !11
  %21 = getelementptr inbounds nuw double, ptr %0, i64 %18
  %22 = icmp eq i64 %18, 0
  br i1 %22, label %40, label %23

23:                                               ; preds = %17
  %24 = and i64 %18, 1
  %25 = icmp eq i64 %18, 1
  br i1 %25, label %30, label %26

26:                                               ; preds = %23
  %27 = and i64 %18, 9223372036854775806
  br label %48

28:                                               ; preds = %48
  %29 = icmp eq i64 %24, 0
  br i1 %29, label %40, label %30

30:                                               ; preds = %28, %23
  %31 = phi i64 [ 0, %23 ], [ %65, %28 ]
  %32 = phi double [ %20, %23 ], [ %64, %28 ]
  %33 = icmp ne i64 %24, 0
  tail call void @llvm.assume(i1 %33)
  %34 = getelementptr inbounds nuw double, ptr %9, i64 %31
  %35 = load double, ptr %34, align 8, !tbaa !11
  %36 = getelementptr inbounds nuw [220 x double], ptr %21, i64 %31
  %37 = load double, ptr %36, align 8, !tbaa !11
  %38 = fneg double %35
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %37, double %32)
  br label %40

40:                                               ; preds = %30, %28, %17
  %41 = phi double [ %20, %17 ], [ %64, %28 ], [ %39, %30 ]
  %42 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %18
  %43 = getelementptr inbounds nuw double, ptr %42, i64 %18
  %44 = load double, ptr %43, align 8, !tbaa !11
  %45 = fdiv double %41, %44
  store double %45, ptr %19, align 8, !tbaa !11
  %46 = add nuw nsw i64 %18, 1
  %47 = icmp eq i64 %46, %6
  br i1 %47, label %10, label %17, !llvm.loop !15

48:                                               ; preds = %48, %26
  %49 = phi i64 [ 0, %26 ], [ %65, %48 ]
  %50 = phi double [ %20, %26 ], [ %64, %48 ]
  %51 = phi i64 [ 0, %26 ], [ %66, %48 ]
  %52 = getelementptr inbounds nuw double, ptr %9, i64 %49
  %53 = load double, ptr %52, align 8, !tbaa !11
  %54 = getelementptr inbounds nuw [220 x double], ptr %21, i64 %49
  %55 = load double, ptr %54, align 8, !tbaa !11
  %56 = fneg double %53
  %57 = tail call double @llvm.fmuladd.f64(double %56, double %55, double %50)
  %58 = or disjoint i64 %49, 1
  %59 = getelementptr inbounds nuw double, ptr %9, i64 %58
  %60 = load double, ptr %59, align 8, !tbaa !11
  %61 = getelementptr inbounds nuw [220 x double], ptr %21, i64 %58
  %62 = load double, ptr %61, align 8, !tbaa !11
  %63 = fneg double %60
  %64 = tail call double @llvm.fmuladd.f64(double %63, double %62, double %57)
  %65 = add nuw nsw i64 %49, 2
  %66 = add i64 %51, 2
  %67 = icmp eq i64 %66, %27
  br i1 %67, label %28, label %48, !llvm.loop !16

68:                                               ; preds = %87
  %69 = add nuw nsw i64 %6, 1
  %70 = icmp eq i64 %69, 220
  br i1 %70, label %111, label %5, !llvm.loop !17

71:                                               ; preds = %10, %87
  %72 = phi i64 [ %6, %10 ], [ %89, %87 ]
  %73 = getelementptr inbounds nuw double, ptr %11, i64 %72
  %74 = load double, ptr %73, align 8, !tbaa !11
  %75 = getelementptr inbounds nuw double, ptr %0, i64 %72
  br i1 %7, label %87, label %76

76:                                               ; preds = %71
  br i1 %13, label %78, label %91

77:                                               ; preds = %91
  br i1 %15, label %87, label %78

78:                                               ; preds = %77, %76
  %79 = phi i64 [ 0, %76 ], [ %108, %77 ]
  %80 = phi double [ %74, %76 ], [ %107, %77 ]
  tail call void @llvm.assume(i1 %16)
  %81 = getelementptr inbounds nuw double, ptr %11, i64 %79
  %82 = load double, ptr %81, align 8, !tbaa !11
  %83 = getelementptr inbounds nuw [220 x double], ptr %75, i64 %79
  %84 = load double, ptr %83, align 8, !tbaa !11
  %85 = fneg double %82
  %86 = tail call double @llvm.fmuladd.f64(double %85, double %84, double %80)
  br label %87

87:                                               ; preds = %78, %77, %71
  %88 = phi double [ %74, %71 ], [ %107, %77 ], [ %86, %78 ]
  store double %88, ptr %73, align 8, !tbaa !11
  %89 = add nuw nsw i64 %72, 1
  %90 = icmp eq i64 %89, 220
  br i1 %90, label %68, label %71, !llvm.loop !18

91:                                               ; preds = %76, %91
  %92 = phi i64 [ %108, %91 ], [ 0, %76 ]
  %93 = phi double [ %107, %91 ], [ %74, %76 ]
  %94 = phi i64 [ %109, %91 ], [ 0, %76 ]
  %95 = getelementptr inbounds nuw double, ptr %11, i64 %92
  %96 = load double, ptr %95, align 8, !tbaa !11
  %97 = getelementptr inbounds nuw [220 x double], ptr %75, i64 %92
  %98 = load double, ptr %97, align 8, !tbaa !11
  %99 = fneg double %96
  %100 = tail call double @llvm.fmuladd.f64(double %99, double %98, double %93)
  %101 = or disjoint i64 %92, 1
  %102 = getelementptr inbounds nuw double, ptr %11, i64 %101
  %103 = load double, ptr %102, align 8, !tbaa !11
  %104 = getelementptr inbounds nuw [220 x double], ptr %75, i64 %101
  %105 = load double, ptr %104, align 8, !tbaa !11
  %106 = fneg double %103
  %107 = tail call double @llvm.fmuladd.f64(double %106, double %105, double %100)
  %108 = add nuw nsw i64 %92, 2
  %109 = add i64 %94, 2
  %110 = icmp eq i64 %109, %14
  br i1 %110, label %77, label %91, !llvm.loop !19

111:                                              ; preds = %68, %141
  %112 = phi i64 [ %144, %141 ], [ 0, %68 ]
  %113 = getelementptr inbounds nuw double, ptr %1, i64 %112
  %114 = load double, ptr %113, align 8, !tbaa !11
  %115 = icmp eq i64 %112, 0
  br i1 %115, label %141, label %116

116:                                              ; preds = %111
  %117 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %112
  %118 = and i64 %112, 3
  %119 = icmp samesign ult i64 %112, 4
  br i1 %119, label %124, label %120

120:                                              ; preds = %116
  %121 = and i64 %112, 9223372036854775804
  br label %146

122:                                              ; preds = %146
  %123 = icmp eq i64 %118, 0
  br i1 %123, label %141, label %124

124:                                              ; preds = %122, %116
  %125 = phi i64 [ 0, %116 ], [ %177, %122 ]
  %126 = phi double [ %114, %116 ], [ %176, %122 ]
  %127 = icmp ne i64 %118, 0
  tail call void @llvm.assume(i1 %127)
  br label %128

128:                                              ; preds = %128, %124
  %129 = phi i64 [ %125, %124 ], [ %138, %128 ]
  %130 = phi double [ %126, %124 ], [ %137, %128 ]
  %131 = phi i64 [ 0, %124 ], [ %139, %128 ]
  %132 = getelementptr inbounds nuw double, ptr %117, i64 %129
  %133 = load double, ptr %132, align 8, !tbaa !11
  %134 = getelementptr inbounds nuw double, ptr %3, i64 %129
  %135 = load double, ptr %134, align 8, !tbaa !11
  %136 = fneg double %133
  %137 = tail call double @llvm.fmuladd.f64(double %136, double %135, double %130)
  %138 = add nuw nsw i64 %129, 1
  %139 = add i64 %131, 1
  %140 = icmp eq i64 %139, %118
  br i1 %140, label %141, label %128, !llvm.loop !20

141:                                              ; preds = %122, %128, %111
  %142 = phi double [ %114, %111 ], [ %176, %122 ], [ %137, %128 ]
  %143 = getelementptr inbounds nuw double, ptr %3, i64 %112
  store double %142, ptr %143, align 8, !tbaa !11
  %144 = add nuw nsw i64 %112, 1
  %145 = icmp eq i64 %144, 220
  br i1 %145, label %181, label %111, !llvm.loop !22

146:                                              ; preds = %146, %120
  %147 = phi i64 [ 0, %120 ], [ %177, %146 ]
  %148 = phi double [ %114, %120 ], [ %176, %146 ]
  %149 = phi i64 [ 0, %120 ], [ %178, %146 ]
  %150 = getelementptr inbounds nuw double, ptr %117, i64 %147
  %151 = load double, ptr %150, align 8, !tbaa !11
  %152 = getelementptr inbounds nuw double, ptr %3, i64 %147
  %153 = load double, ptr %152, align 8, !tbaa !11
  %154 = fneg double %151
  %155 = tail call double @llvm.fmuladd.f64(double %154, double %153, double %148)
  %156 = or disjoint i64 %147, 1
  %157 = getelementptr inbounds nuw double, ptr %117, i64 %156
  %158 = load double, ptr %157, align 8, !tbaa !11
  %159 = getelementptr inbounds nuw double, ptr %3, i64 %156
  %160 = load double, ptr %159, align 8, !tbaa !11
  %161 = fneg double %158
  %162 = tail call double @llvm.fmuladd.f64(double %161, double %160, double %155)
  %163 = or disjoint i64 %147, 2
  %164 = getelementptr inbounds nuw double, ptr %117, i64 %163
  %165 = load double, ptr %164, align 8, !tbaa !11
  %166 = getelementptr inbounds nuw double, ptr %3, i64 %163
  %167 = load double, ptr %166, align 8, !tbaa !11
  %168 = fneg double %165
  %169 = tail call double @llvm.fmuladd.f64(double %168, double %167, double %162)
  %170 = or disjoint i64 %147, 3
  %171 = getelementptr inbounds nuw double, ptr %117, i64 %170
  %172 = load double, ptr %171, align 8, !tbaa !11
  %173 = getelementptr inbounds nuw double, ptr %3, i64 %170
  %174 = load double, ptr %173, align 8, !tbaa !11
  %175 = fneg double %172
  %176 = tail call double @llvm.fmuladd.f64(double %175, double %174, double %169)
  %177 = add nuw nsw i64 %147, 4
  %178 = add i64 %149, 4
  %179 = icmp eq i64 %178, %121
  br i1 %179, label %122, label %146, !llvm.loop !23

180:                                              ; preds = %210
  ret void

181:                                              ; preds = %141, %210
  %182 = phi i64 [ %219, %210 ], [ 0, %141 ]
  %183 = phi i64 [ %217, %210 ], [ 219, %141 ]
  %184 = add i64 %182, -1
  %185 = getelementptr inbounds nuw double, ptr %3, i64 %183
  %186 = load double, ptr %185, align 8, !tbaa !11
  %187 = icmp samesign ult i64 %183, 219
  br i1 %187, label %188, label %210

188:                                              ; preds = %181
  %189 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %183
  %190 = and i64 %182, 3
  %191 = icmp eq i64 %190, 0
  br i1 %191, label %205, label %192

192:                                              ; preds = %188, %192
  %193 = phi i64 [ %196, %192 ], [ %183, %188 ]
  %194 = phi double [ %202, %192 ], [ %186, %188 ]
  %195 = phi i64 [ %203, %192 ], [ 0, %188 ]
  %196 = add nuw nsw i64 %193, 1
  %197 = getelementptr inbounds nuw double, ptr %189, i64 %196
  %198 = load double, ptr %197, align 8, !tbaa !11
  %199 = getelementptr inbounds nuw double, ptr %2, i64 %196
  %200 = load double, ptr %199, align 8, !tbaa !11
  %201 = fneg double %198
  %202 = tail call double @llvm.fmuladd.f64(double %201, double %200, double %194)
  %203 = add i64 %195, 1
  %204 = icmp eq i64 %203, %190
  br i1 %204, label %205, label %192, !llvm.loop !24

205:                                              ; preds = %192, %188
  %206 = phi double [ poison, %188 ], [ %202, %192 ]
  %207 = phi i64 [ %183, %188 ], [ %196, %192 ]
  %208 = phi double [ %186, %188 ], [ %202, %192 ]
  %209 = icmp ult i64 %184, 3
  br i1 %209, label %210, label %220

210:                                              ; preds = %205, %220, %181
  %211 = phi double [ %186, %181 ], [ %206, %205 ], [ %250, %220 ]
  %212 = getelementptr inbounds nuw [220 x double], ptr %0, i64 %183
  %213 = getelementptr inbounds nuw double, ptr %212, i64 %183
  %214 = load double, ptr %213, align 8, !tbaa !11
  %215 = fdiv double %211, %214
  %216 = getelementptr inbounds nuw double, ptr %2, i64 %183
  store double %215, ptr %216, align 8, !tbaa !11
  %217 = add nsw i64 %183, -1
  %218 = icmp eq i64 %183, 0
  %219 = add i64 %182, 1
  br i1 %218, label %180, label %181, !llvm.loop !25

220:                                              ; preds = %205, %220
  %221 = phi i64 [ %244, %220 ], [ %207, %205 ]
  %222 = phi double [ %250, %220 ], [ %208, %205 ]
  %223 = add nuw nsw i64 %221, 1
  %224 = getelementptr inbounds nuw double, ptr %189, i64 %223
  %225 = load double, ptr %224, align 8, !tbaa !11
  %226 = getelementptr inbounds nuw double, ptr %2, i64 %223
  %227 = load double, ptr %226, align 8, !tbaa !11
  %228 = fneg double %225
  %229 = tail call double @llvm.fmuladd.f64(double %228, double %227, double %222)
  %230 = add nuw nsw i64 %221, 2
  %231 = getelementptr inbounds nuw double, ptr %189, i64 %230
  %232 = load double, ptr %231, align 8, !tbaa !11
  %233 = getelementptr inbounds nuw double, ptr %2, i64 %230
  %234 = load double, ptr %233, align 8, !tbaa !11
  %235 = fneg double %232
  %236 = tail call double @llvm.fmuladd.f64(double %235, double %234, double %229)
  %237 = add nuw nsw i64 %221, 3
  %238 = getelementptr inbounds nuw double, ptr %189, i64 %237
  %239 = load double, ptr %238, align 8, !tbaa !11
  %240 = getelementptr inbounds nuw double, ptr %2, i64 %237
  %241 = load double, ptr %240, align 8, !tbaa !11
  %242 = fneg double %239
  %243 = tail call double @llvm.fmuladd.f64(double %242, double %241, double %236)
  %244 = add nuw nsw i64 %221, 4
  %245 = getelementptr inbounds nuw double, ptr %189, i64 %244
  %246 = load double, ptr %245, align 8, !tbaa !11
  %247 = getelementptr inbounds nuw double, ptr %2, i64 %244
  %248 = load double, ptr %247, align 8, !tbaa !11
  %249 = fneg double %246
  %250 = tail call double @llvm.fmuladd.f64(double %249, double %248, double %243)
  %251 = icmp eq i64 %244, 219
  br i1 %251, label %210, label %220, !llvm.loop !26
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.unroll.disable"}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !21}
!25 = distinct !{!25, !10}
!26 = distinct !{!26, !10}
