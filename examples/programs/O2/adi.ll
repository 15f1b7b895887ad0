; ModuleID = 'adi.c'
source_filename = "adi.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e u[3][4] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(204800) ptr @malloc(i64 noundef 204800) #7
  %2 = tail call noalias dereferenceable_or_null(204800) ptr @calloc(i64 noundef 160, i64 noundef 1280) #8
  %3 = tail call noalias dereferenceable_or_null(204800) ptr @calloc(i64 noundef 160, i64 noundef 1280) #8
  %4 = tail call noalias dereferenceable_or_null(204800) ptr @calloc(i64 noundef 160, i64 noundef 1280) #8
  br label %5

5:                                                ; preds = %0, %30
  %6 = phi i64 [ 0, %0 ], [ %31, %30 ]
  %7 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %6
  %8 = add nuw nsw i64 %6, 160
  %9 = insertelement <2 x i64> poison, i64 %8, i64 0
  %10 = shufflevector <2 x i64> %9, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %11

11:                                               ; preds = %11, %5
  %12 = phi i64 [ 0, %5 ], [ %26, %11 ]
  %13 = phi <2 x i64> [ <i64 0, i64 1>, %5 ], [ %27, %11 ]
  %14 = sub nuw nsw <2 x i64> %10, %13
  %15 = trunc nuw nsw <2 x i64> %14 to <2 x i32>
  %16 = uitofp nneg <2 x i32> %15 to <2 x double>
  %17 = fdiv <2 x double> %16, splat (double 1.600000e+02)
  %18 = getelementptr inbounds nuw double, ptr %7, i64 %12
  store <2 x double> %17, ptr %18, align 8, !tbaa !9
  %19 = add nuw nsw <2 x i64> %13, splat (i64 2)
  %20 = sub nuw nsw <2 x i64> %10, %19
  %21 = trunc nuw nsw <2 x i64> %20 to <2 x i32>
  %22 = uitofp nneg <2 x i32> %21 to <2 x double>
  %23 = fdiv <2 x double> %22, splat (double 1.600000e+02)
  %24 = getelementptr inbounds nuw double, ptr %7, i64 %12
  %25 = getelementptr inbounds nuw i8, ptr %24, i64 16
  store <2 x double> %23, ptr %25, align 8, !tbaa !9
  %26 = add nuw nsw i64 %12, 4
  %27 = add nuw nsw <2 x i64> %13, splat (i64 4)
  %28 = icmp eq i64 %26, 160
  br i1 %28, label %30, label %11, !llvm.loop !11

29:                                               ; preds = %30
  tail call fastcc void @kernel_adi(ptr noundef nonnull %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %33

30:                                               ; preds = %11
  %31 = add nuw nsw i64 %6, 1
  %32 = icmp eq i64 %31, 160
  br i1 %32, label %29, label %5, !llvm.loop !15

33:                                               ; preds = %29, %41
  %34 = phi i64 [ 0, %29 ], [ %42, %41 ]
  %35 = phi double [ 0.000000e+00, %29 ], [ %77, %41 ]
  %36 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %34
  br label %44

37:                                               ; preds = %41
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 3872
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %77, double noundef %39)
  tail call void @free(ptr noundef nonnull %1) #9
  tail call void @free(ptr noundef %2) #9
  tail call void @free(ptr noundef %3) #9
  tail call void @free(ptr noundef %4) #9
  ret i32 0

41:                                               ; preds = %44
  %42 = add nuw nsw i64 %34, 1
  %43 = icmp eq i64 %42, 160
  br i1 %43, label %37, label %33, !llvm.loop !16

44:                                               ; preds = %44, %33
  %45 = phi i64 [ 0, %33 ], [ %78, %44 ]
  %46 = phi double [ %35, %33 ], [ %77, %44 ]
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
  %66 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %67 = getelementptr inbounds nuw i8, ptr %66, i64 40
  %68 = load double, ptr %67, align 8, !tbaa !9
  %69 = fadd double %65, %68
  %70 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %71 = getelementptr inbounds nuw i8, ptr %70, i64 48
  %72 = load double, ptr %71, align 8, !tbaa !9
  %73 = fadd double %69, %72
  %74 = getelementptr inbounds nuw double, ptr %36, i64 %45
  %75 = getelementptr inbounds nuw i8, ptr %74, i64 56
  %76 = load double, ptr %75, align 8, !tbaa !9
  %77 = fadd double %73, %76
  %78 = add nuw nsw i64 %45, 8
  %79 = icmp eq i64 %78, 160
  br i1 %79, label %41, label %44, !llvm.loop !17
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_adi(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #3 {
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 203520
  br label %6

6:                                                ; preds = %4, %110
  %7 = phi i32 [ 1, %4 ], [ %111, %110 ]
  br label %9

8:                                                ; preds = %110
  ret void

9:                                                ; preds = %6, %81
  %10 = phi i64 [ 0, %6 ], [ %84, %81 ]
  %11 = phi i64 [ 1, %6 ], [ %82, %81 ]
  %12 = mul nuw nsw i64 %10, 1280
  %13 = add nuw i64 %12, 1280
  %14 = getelementptr nuw i8, ptr %2, i64 %13
  %15 = add nuw i64 %12, 2552
  %16 = getelementptr i8, ptr %2, i64 %15
  %17 = getelementptr nuw i8, ptr %3, i64 %13
  %18 = getelementptr i8, ptr %3, i64 %15
  %19 = getelementptr inbounds nuw double, ptr %1, i64 %11
  store double 1.000000e+00, ptr %19, align 8, !tbaa !9
  %20 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %11
  store double 0.000000e+00, ptr %20, align 8, !tbaa !9
  %21 = load double, ptr %19, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw [160 x double], ptr %3, i64 %11
  store double %21, ptr %22, align 8, !tbaa !9
  %23 = getelementptr double, ptr %0, i64 %11
  %24 = icmp ult ptr %14, %18
  %25 = icmp ult ptr %17, %16
  %26 = and i1 %24, %25
  br i1 %26, label %27, label %51

27:                                               ; preds = %9, %27
  %28 = phi i64 [ %49, %27 ], [ 1, %9 ]
  %29 = add nsw i64 %28, -1
  %30 = getelementptr inbounds double, ptr %20, i64 %29
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = tail call double @llvm.fmuladd.f64(double %31, double 0xC093FFFFFFFFFFFF, double 0x40A401FFFFFFFFFF)
  %33 = fdiv double 0x4093FFFFFFFFFFFF, %32
  %34 = getelementptr inbounds nuw double, ptr %20, i64 %28
  store double %33, ptr %34, align 8, !tbaa !9
  %35 = getelementptr [160 x double], ptr %23, i64 %28
  %36 = getelementptr i8, ptr %35, i64 -8
  %37 = load double, ptr %36, align 8, !tbaa !9
  %38 = load double, ptr %35, align 8, !tbaa !9
  %39 = fmul double %38, 0xC093FBFFFFFFFFFF
  %40 = tail call double @llvm.fmuladd.f64(double %37, double 0x4083FFFFFFFFFFFF, double %39)
  %41 = getelementptr inbounds nuw i8, ptr %35, i64 8
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = tail call double @llvm.fmuladd.f64(double %42, double 0x4083FFFFFFFFFFFF, double %40)
  %44 = getelementptr inbounds double, ptr %22, i64 %29
  %45 = load double, ptr %44, align 8, !tbaa !9
  %46 = tail call double @llvm.fmuladd.f64(double %45, double 0x4093FFFFFFFFFFFF, double %43)
  %47 = fdiv double %46, %32
  %48 = getelementptr inbounds nuw double, ptr %22, i64 %28
  store double %47, ptr %48, align 8, !tbaa !9
  %49 = add nuw nsw i64 %28, 1
  %50 = icmp eq i64 %49, 159
  br i1 %50, label %58, label %27, !llvm.loop !18

51:                                               ; preds = %9
  %52 = mul nuw nsw i64 %10, 1280
  %53 = add nuw i64 %52, 1280
  %54 = getelementptr nuw i8, ptr %3, i64 %53
  %55 = getelementptr nuw i8, ptr %2, i64 %53
  %56 = load double, ptr %55, align 8
  %57 = load double, ptr %54, align 8
  br label %60

58:                                               ; preds = %60, %27
  %59 = getelementptr inbounds nuw double, ptr %5, i64 %11
  store double 1.000000e+00, ptr %59, align 8, !tbaa !9
  br label %85

60:                                               ; preds = %51, %60
  %61 = phi double [ %57, %51 ], [ %77, %60 ]
  %62 = phi double [ %56, %51 ], [ %65, %60 ]
  %63 = phi i64 [ 1, %51 ], [ %79, %60 ]
  %64 = tail call double @llvm.fmuladd.f64(double %62, double 0xC093FFFFFFFFFFFF, double 0x40A401FFFFFFFFFF)
  %65 = fdiv double 0x4093FFFFFFFFFFFF, %64
  %66 = getelementptr inbounds nuw double, ptr %20, i64 %63
  store double %65, ptr %66, align 8, !tbaa !9
  %67 = getelementptr [160 x double], ptr %23, i64 %63
  %68 = getelementptr i8, ptr %67, i64 -8
  %69 = load double, ptr %68, align 8, !tbaa !9
  %70 = load double, ptr %67, align 8, !tbaa !9
  %71 = fmul double %70, 0xC093FBFFFFFFFFFF
  %72 = tail call double @llvm.fmuladd.f64(double %69, double 0x4083FFFFFFFFFFFF, double %71)
  %73 = getelementptr inbounds nuw i8, ptr %67, i64 8
  %74 = load double, ptr %73, align 8, !tbaa !9
  %75 = tail call double @llvm.fmuladd.f64(double %74, double 0x4083FFFFFFFFFFFF, double %72)
  %76 = tail call double @llvm.fmuladd.f64(double %61, double 0x4093FFFFFFFFFFFF, double %75)
  %77 = fdiv double %76, %64
  %78 = getelementptr inbounds nuw double, ptr %22, i64 %63
  store double %77, ptr %78, align 8, !tbaa !9
  %79 = add nuw nsw i64 %63, 1
  %80 = icmp eq i64 %79, 159
  br i1 %80, label %58, label %60, !llvm.loop !18

81:                                               ; preds = %85
  %82 = add nuw nsw i64 %11, 1
  %83 = icmp eq i64 %82, 159
  %84 = add i64 %10, 1
  br i1 %83, label %113, label %9, !llvm.loop !19

85:                                               ; preds = %85, %58
  %86 = phi i64 [ 158, %58 ], [ %108, %85 ]
  %87 = getelementptr inbounds nuw double, ptr %20, i64 %86
  %88 = load double, ptr %87, align 8, !tbaa !9
  %89 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %86
  %90 = getelementptr inbounds nuw i8, ptr %89, i64 1280
  %91 = getelementptr inbounds nuw double, ptr %90, i64 %11
  %92 = load double, ptr %91, align 8, !tbaa !9
  %93 = getelementptr inbounds nuw double, ptr %22, i64 %86
  %94 = load double, ptr %93, align 8, !tbaa !9
  %95 = tail call double @llvm.fmuladd.f64(double %88, double %92, double %94)
  %96 = getelementptr inbounds nuw double, ptr %89, i64 %11
  store double %95, ptr %96, align 8, !tbaa !9
  %97 = add nsw i64 %86, -1
  %98 = getelementptr inbounds nuw double, ptr %20, i64 %97
  %99 = load double, ptr %98, align 8, !tbaa !9
  %100 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %97
  %101 = getelementptr inbounds nuw i8, ptr %100, i64 1280
  %102 = getelementptr inbounds nuw double, ptr %101, i64 %11
  %103 = load double, ptr %102, align 8, !tbaa !9
  %104 = getelementptr inbounds nuw double, ptr %22, i64 %97
  %105 = load double, ptr %104, align 8, !tbaa !9
  %106 = tail call double @llvm.fmuladd.f64(double %99, double %103, double %105)
  %107 = getelementptr inbounds nuw double, ptr %100, i64 %11
  store double %106, ptr %107, align 8, !tbaa !9
  %108 = add nsw i64 %86, -2
  %109 = icmp eq i64 %97, 1
  br i1 %109, label %81, label %85, !llvm.loop !20

110:                                              ; preds = %191
  %111 = add nuw nsw i32 %7, 1
  %112 = icmp eq i32 %111, 21
  br i1 %112, label %8, label %6, !llvm.loop !21

113:                                              ; preds = %81, %191
  %114 = phi i64 [ %194, %191 ], [ 0, %81 ]
  %115 = phi i64 [ %192, %191 ], [ 1, %81 ]
  %116 = mul nuw nsw i64 %114, 1280
  %117 = getelementptr i8, ptr %0, i64 %116
  %118 = getelementptr i8, ptr %117, i64 2552
  %119 = mul nuw nsw i64 %114, 1280
  %120 = add nuw i64 %119, 1280
  %121 = getelementptr nuw i8, ptr %2, i64 %120
  %122 = add nuw i64 %119, 2552
  %123 = getelementptr i8, ptr %2, i64 %122
  %124 = getelementptr nuw i8, ptr %3, i64 %120
  %125 = getelementptr i8, ptr %3, i64 %122
  %126 = getelementptr inbounds nuw [160 x double], ptr %0, i64 %115
  store double 1.000000e+00, ptr %126, align 8, !tbaa !9
  %127 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %115
  store double 0.000000e+00, ptr %127, align 8, !tbaa !9
  %128 = load double, ptr %126, align 8, !tbaa !9
  %129 = getelementptr inbounds nuw [160 x double], ptr %3, i64 %115
  store double %128, ptr %129, align 8, !tbaa !9
  %130 = getelementptr [160 x double], ptr %1, i64 %115
  %131 = getelementptr i8, ptr %130, i64 -1280
  %132 = getelementptr inbounds nuw i8, ptr %130, i64 1280
  %133 = icmp ult ptr %121, %125
  %134 = icmp ult ptr %124, %123
  %135 = and i1 %133, %134
  br i1 %135, label %136, label %160

136:                                              ; preds = %113, %136
  %137 = phi i64 [ %158, %136 ], [ 1, %113 ]
  %138 = add nsw i64 %137, -1
  %139 = getelementptr inbounds double, ptr %127, i64 %138
  %140 = load double, ptr %139, align 8, !tbaa !9
  %141 = tail call double @llvm.fmuladd.f64(double %140, double 0xC083FFFFFFFFFFFF, double 0x409403FFFFFFFFFF)
  %142 = fdiv double 0x4083FFFFFFFFFFFF, %141
  %143 = getelementptr inbounds nuw double, ptr %127, i64 %137
  store double %142, ptr %143, align 8, !tbaa !9
  %144 = getelementptr inbounds nuw double, ptr %131, i64 %137
  %145 = load double, ptr %144, align 8, !tbaa !9
  %146 = getelementptr inbounds nuw double, ptr %130, i64 %137
  %147 = load double, ptr %146, align 8, !tbaa !9
  %148 = fmul double %147, 0xC0A3FDFFFFFFFFFF
  %149 = tail call double @llvm.fmuladd.f64(double %145, double 0x4093FFFFFFFFFFFF, double %148)
  %150 = getelementptr inbounds nuw double, ptr %132, i64 %137
  %151 = load double, ptr %150, align 8, !tbaa !9
  %152 = tail call double @llvm.fmuladd.f64(double %151, double 0x4093FFFFFFFFFFFF, double %149)
  %153 = getelementptr inbounds double, ptr %129, i64 %138
  %154 = load double, ptr %153, align 8, !tbaa !9
  %155 = tail call double @llvm.fmuladd.f64(double %154, double 0x4083FFFFFFFFFFFF, double %152)
  %156 = fdiv double %155, %141
  %157 = getelementptr inbounds nuw double, ptr %129, i64 %137
  store double %156, ptr %157, align 8, !tbaa !9
  %158 = add nuw nsw i64 %137, 1
  %159 = icmp eq i64 %158, 159
  br i1 %159, label %167, label %136, !llvm.loop !22

160:                                              ; preds = %113
  %161 = mul nuw nsw i64 %114, 1280
  %162 = add nuw i64 %161, 1280
  %163 = getelementptr nuw i8, ptr %3, i64 %162
  %164 = getelementptr nuw i8, ptr %2, i64 %162
  %165 = load double, ptr %164, align 8
  %166 = load double, ptr %163, align 8
  br label %170

167:                                              ; preds = %170, %136
  %168 = getelementptr inbounds nuw i8, ptr %126, i64 1272
  store double 1.000000e+00, ptr %168, align 8, !tbaa !9
  %169 = load double, ptr %118, align 8
  br label %195

170:                                              ; preds = %160, %170
  %171 = phi double [ %166, %160 ], [ %187, %170 ]
  %172 = phi double [ %165, %160 ], [ %175, %170 ]
  %173 = phi i64 [ 1, %160 ], [ %189, %170 ]
  %174 = tail call double @llvm.fmuladd.f64(double %172, double 0xC083FFFFFFFFFFFF, double 0x409403FFFFFFFFFF)
  %175 = fdiv double 0x4083FFFFFFFFFFFF, %174
  %176 = getelementptr inbounds nuw double, ptr %127, i64 %173
  store double %175, ptr %176, align 8, !tbaa !9
  %177 = getelementptr inbounds nuw double, ptr %131, i64 %173
  %178 = load double, ptr %177, align 8, !tbaa !9
  %179 = getelementptr inbounds nuw double, ptr %130, i64 %173
  %180 = load double, ptr %179, align 8, !tbaa !9
  %181 = fmul double %180, 0xC0A3FDFFFFFFFFFF
  %182 = tail call double @llvm.fmuladd.f64(double %178, double 0x4093FFFFFFFFFFFF, double %181)
  %183 = getelementptr inbounds nuw double, ptr %132, i64 %173
  %184 = load double, ptr %183, align 8, !tbaa !9
  %185 = tail call double @llvm.fmuladd.f64(double %184, double 0x4093FFFFFFFFFFFF, double %182)
  %186 = tail call double @llvm.fmuladd.f64(double %171, double 0x4083FFFFFFFFFFFF, double %185)
  %187 = fdiv double %186, %174
  %188 = getelementptr inbounds nuw double, ptr %129, i64 %173
  store double %187, ptr %188, align 8, !tbaa !9
  %189 = add nuw nsw i64 %173, 1
  %190 = icmp eq i64 %189, 159
  br i1 %190, label %167, label %170, !llvm.loop !22

191:                                              ; preds = %195
  %192 = add nuw nsw i64 %115, 1
  %193 = icmp eq i64 %192, 159
  %194 = add i64 %114, 1
  br i1 %193, label %110, label %113, !llvm.loop !23

195:                                              ; preds = %195, %167
  %196 = phi double [ %169, %167 ], [ %210, %195 ]
  %197 = phi i64 [ 158, %167 ], [ %211, %195 ]
  %198 = getelementptr inbounds nuw double, ptr %127, i64 %197
  %199 = load double, ptr %198, align 8, !tbaa !9
  %200 = getelementptr inbounds nuw double, ptr %126, i64 %197
  %201 = getelementptr inbounds nuw double, ptr %129, i64 %197
  %202 = load double, ptr %201, align 8, !tbaa !9
  %203 = tail call double @llvm.fmuladd.f64(double %199, double %196, double %202)
  store double %203, ptr %200, align 8, !tbaa !9
  %204 = add nsw i64 %197, -1
  %205 = getelementptr inbounds nuw double, ptr %127, i64 %204
  %206 = load double, ptr %205, align 8, !tbaa !9
  %207 = getelementptr inbounds nuw double, ptr %126, i64 %204
  %208 = getelementptr inbounds nuw double, ptr %129, i64 %204
  %209 = load double, ptr %208, align 8, !tbaa !9
  %210 = tail call double @llvm.fmuladd.f64(double %206, double %203, double %209)
  store double %210, ptr %207, align 8, !tbaa !9
  %211 = add nsw i64 %197, -2
  %212 = icmp eq i64 %204, 1
  br i1 %212, label %191, label %195, !llvm.loop !24
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind allocsize(0) }
attributes #8 = { nounwind allocsize(0,1) }
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
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !12}
!19 = distinct !{!19, !12}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12}
!22 = distinct !{!22, !12}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !12}
