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

5:                                                ; preds = %0, %10
  %6 = phi i64 [ 0, %0 ], [ %11, %10 ]
  %7 = add nuw nsw i64 %6, 160
  %8 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %6
  br label %13

9:                                                ; preds = %10
  tail call fastcc void @kernel_adi(ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4)
  br label %22

10:                                               ; preds = %13
  %11 = add nuw nsw i64 %6, 1
  %12 = icmp eq i64 %11, 160
  br i1 %12, label %9, label %5, !llvm.loop !9

13:                                               ; preds = %5, %13
  %14 = phi i64 [ 0, %5 ], [ %20, %13 ]
  %15 = sub nuw nsw i64 %7, %14
  %16 = trunc nuw nsw i64 %15 to i32
  %17 = uitofp nneg i32 %16 to double
  %18 = fdiv double %17, 1.600000e+02
  %19 = getelementptr inbounds nuw double, ptr %8, i64 %14
  store double %18, ptr %19, align 8, !tbaa !12
  %20 = add nuw nsw i64 %14, 1
  %21 = icmp eq i64 %20, 160
  br i1 %21, label %10, label %13, !llvm.loop !14

22:                                               ; preds = %9, %30
  %23 = phi i64 [ 0, %9 ], [ %31, %30 ]
  %24 = phi double [ 0.000000e+00, %9 ], [ %38, %30 ]
  %25 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %23
  br label %33

26:                                               ; preds = %30
  %27 = getelementptr inbounds nuw i8, ptr %1, i64 3872
  %28 = load double, ptr %27, align 8, !tbaa !12
  %29 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %38, double noundef %28)
  tail call void @free(ptr noundef %1) #9
  tail call void @free(ptr noundef %2) #9
  tail call void @free(ptr noundef %3) #9
  tail call void @free(ptr noundef %4) #9
  ret i32 0

30:                                               ; preds = %33
  %31 = add nuw nsw i64 %23, 1
  %32 = icmp eq i64 %31, 160
  br i1 %32, label %26, label %22, !llvm.loop !15

33:                                               ; preds = %22, %33
  %34 = phi i64 [ 0, %22 ], [ %39, %33 ]
  %35 = phi double [ %24, %22 ], [ %38, %33 ]
  %36 = getelementptr inbounds nuw double, ptr %25, i64 %34
  %37 = load double, ptr %36, align 8, !tbaa !12
  %38 = fadd double %35, %37
  %39 = add nuw nsw i64 %34, 1
  %40 = icmp eq i64 %39, 160
  br i1 %40, label %30, label %33, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_adi(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2, ptr noundef captures(none) %3) unnamed_addr #3 {
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 203520
  br label %6

6:                                                ; preds = %4, %99
  %7 = phi i32 [ 1, %4 ], [ %100, %99 ]
  br label %9

8:                                                ; preds = %99
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
  store double 1.000000e+00, ptr %19, align 8, !tbaa !12
  %20 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %11
  store double 0.000000e+00, ptr %20, align 8, !tbaa !12
  %21 = load double, ptr %19, align 8, !tbaa !12
  %22 = getelementptr inbounds nuw [160 x double], ptr %3, i64 %11
  store double %21, ptr %22, align 8, !tbaa !12
  %23 = getelementptr double, ptr %0, i64 %11
  %24 = icmp ult ptr %14, %18
  %25 = icmp ult ptr %17, %16
  %26 = and i1 %24, %25
  br i1 %26, label %27, label %51

27:                                               ; preds = %9, %27
  %28 = phi i64 [ %49, %27 ], [ 1, %9 ]
  %29 = add nsw i64 %28, -1
  %30 = getelementptr inbounds double, ptr %20, i64 %29
  %31 = load double, ptr %30, align 8, !tbaa !12
  %32 = tail call double @llvm.fmuladd.f64(double %31, double 0xC093FFFFFFFFFFFF, double 0x40A401FFFFFFFFFF)
  %33 = fdiv double 0x4093FFFFFFFFFFFF, %32
  %34 = getelementptr inbounds nuw double, ptr %20, i64 %28
  store double %33, ptr %34, align 8, !tbaa !12
  %35 = getelementptr [160 x double], ptr %23, i64 %28
  %36 = getelementptr i8, ptr %35, i64 -8
  %37 = load double, ptr %36, align 8, !tbaa !12
  %38 = load double, ptr %35, align 8, !tbaa !12
  %39 = fmul double %38, 0xC093FBFFFFFFFFFF
  %40 = tail call double @llvm.fmuladd.f64(double %37, double 0x4083FFFFFFFFFFFF, double %39)
  %41 = getelementptr inbounds nuw i8, ptr %35, i64 8
  %42 = load double, ptr %41, align 8, !tbaa !12
  %43 = tail call double @llvm.fmuladd.f64(double %42, double 0x4083FFFFFFFFFFFF, double %40)
  %44 = getelementptr inbounds double, ptr %22, i64 %29
  %45 = load double, ptr %44, align 8, !tbaa !12
  %46 = tail call double @llvm.fmuladd.f64(double %45, double 0x4093FFFFFFFFFFFF, double %43)
  %47 = fdiv double %46, %32
  %48 = getelementptr inbounds nuw double, ptr %22, i64 %28
  store double %47, ptr %48, align 8, !tbaa !12
  %49 = add nuw nsw i64 %28, 1
  %50 = icmp eq i64 %49, 159
  br i1 %50, label %58, label %27, !llvm.loop !17

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
  store double 1.000000e+00, ptr %59, align 8, !tbaa !12
  br label %85

60:                                               ; preds = %51, %60
  %61 = phi double [ %57, %51 ], [ %77, %60 ]
  %62 = phi double [ %56, %51 ], [ %65, %60 ]
  %63 = phi i64 [ 1, %51 ], [ %79, %60 ]
  %64 = tail call double @llvm.fmuladd.f64(double %62, double 0xC093FFFFFFFFFFFF, double 0x40A401FFFFFFFFFF)
  %65 = fdiv double 0x4093FFFFFFFFFFFF, %64
  %66 = getelementptr inbounds nuw double, ptr %20, i64 %63
  store double %65, ptr %66, align 8, !tbaa !12
  %67 = getelementptr [160 x double], ptr %23, i64 %63
  %68 = getelementptr i8, ptr %67, i64 -8
  %69 = load double, ptr %68, align 8, !tbaa !12
  %70 = load double, ptr %67, align 8, !tbaa !12
  %71 = fmul double %70, 0xC093FBFFFFFFFFFF
  %72 = tail call double @llvm.fmuladd.f64(double %69, double 0x4083FFFFFFFFFFFF, double %71)
  %73 = getelementptr inbounds nuw i8, ptr %67, i64 8
  %74 = load double, ptr %73, align 8, !tbaa !12
  %75 = tail call double @llvm.fmuladd.f64(double %74, double 0x4083FFFFFFFFFFFF, double %72)
  %76 = tail call double @llvm.fmuladd.f64(double %61, double 0x4093FFFFFFFFFFFF, double %75)
  %77 = fdiv double %76, %64
  %78 = getelementptr inbounds nuw double, ptr %22, i64 %63
  store double %77, ptr %78, align 8, !tbaa !12
  %79 = add nuw nsw i64 %63, 1
  %80 = icmp eq i64 %79, 159
  br i1 %80, label %58, label %60, !llvm.loop !17

81:                                               ; preds = %85
  %82 = add nuw nsw i64 %11, 1
  %83 = icmp eq i64 %82, 159
  %84 = add i64 %10, 1
  br i1 %83, label %102, label %9, !llvm.loop !18

85:                                               ; preds = %58, %85
  %86 = phi i64 [ 158, %58 ], [ %97, %85 ]
  %87 = getelementptr inbounds nuw double, ptr %20, i64 %86
  %88 = load double, ptr %87, align 8, !tbaa !12
  %89 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %86
  %90 = getelementptr inbounds nuw i8, ptr %89, i64 1280
  %91 = getelementptr inbounds nuw double, ptr %90, i64 %11
  %92 = load double, ptr %91, align 8, !tbaa !12
  %93 = getelementptr inbounds nuw double, ptr %22, i64 %86
  %94 = load double, ptr %93, align 8, !tbaa !12
  %95 = tail call double @llvm.fmuladd.f64(double %88, double %92, double %94)
  %96 = getelementptr inbounds nuw double, ptr %89, i64 %11
  store double %95, ptr %96, align 8, !tbaa !12
  %97 = add nsw i64 %86, -1
  %98 = icmp samesign ugt i64 %86, 1
  br i1 %98, label %85, label %81, !llvm.loop !19

99:                                               ; preds = %180
  %100 = add nuw nsw i32 %7, 1
  %101 = icmp eq i32 %100, 21
  br i1 %101, label %8, label %6, !llvm.loop !20

102:                                              ; preds = %81, %180
  %103 = phi i64 [ %183, %180 ], [ 0, %81 ]
  %104 = phi i64 [ %181, %180 ], [ 1, %81 ]
  %105 = mul nuw nsw i64 %103, 1280
  %106 = getelementptr i8, ptr %0, i64 %105
  %107 = getelementptr i8, ptr %106, i64 2552
  %108 = mul nuw nsw i64 %103, 1280
  %109 = add nuw i64 %108, 1280
  %110 = getelementptr nuw i8, ptr %2, i64 %109
  %111 = add nuw i64 %108, 2552
  %112 = getelementptr i8, ptr %2, i64 %111
  %113 = getelementptr nuw i8, ptr %3, i64 %109
  %114 = getelementptr i8, ptr %3, i64 %111
  %115 = getelementptr inbounds nuw [160 x double], ptr %0, i64 %104
  store double 1.000000e+00, ptr %115, align 8, !tbaa !12
  %116 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %104
  store double 0.000000e+00, ptr %116, align 8, !tbaa !12
  %117 = load double, ptr %115, align 8, !tbaa !12
  %118 = getelementptr inbounds nuw [160 x double], ptr %3, i64 %104
  store double %117, ptr %118, align 8, !tbaa !12
  %119 = getelementptr [160 x double], ptr %1, i64 %104
  %120 = getelementptr i8, ptr %119, i64 -1280
  %121 = getelementptr inbounds nuw i8, ptr %119, i64 1280
  %122 = icmp ult ptr %110, %114
  %123 = icmp ult ptr %113, %112
  %124 = and i1 %122, %123
  br i1 %124, label %125, label %149

125:                                              ; preds = %102, %125
  %126 = phi i64 [ %147, %125 ], [ 1, %102 ]
  %127 = add nsw i64 %126, -1
  %128 = getelementptr inbounds double, ptr %116, i64 %127
  %129 = load double, ptr %128, align 8, !tbaa !12
  %130 = tail call double @llvm.fmuladd.f64(double %129, double 0xC083FFFFFFFFFFFF, double 0x409403FFFFFFFFFF)
  %131 = fdiv double 0x4083FFFFFFFFFFFF, %130
  %132 = getelementptr inbounds nuw double, ptr %116, i64 %126
  store double %131, ptr %132, align 8, !tbaa !12
  %133 = getelementptr inbounds nuw double, ptr %120, i64 %126
  %134 = load double, ptr %133, align 8, !tbaa !12
  %135 = getelementptr inbounds nuw double, ptr %119, i64 %126
  %136 = load double, ptr %135, align 8, !tbaa !12
  %137 = fmul double %136, 0xC0A3FDFFFFFFFFFF
  %138 = tail call double @llvm.fmuladd.f64(double %134, double 0x4093FFFFFFFFFFFF, double %137)
  %139 = getelementptr inbounds nuw double, ptr %121, i64 %126
  %140 = load double, ptr %139, align 8, !tbaa !12
  %141 = tail call double @llvm.fmuladd.f64(double %140, double 0x4093FFFFFFFFFFFF, double %138)
  %142 = getelementptr inbounds double, ptr %118, i64 %127
  %143 = load double, ptr %142, align 8, !tbaa !12
  %144 = tail call double @llvm.fmuladd.f64(double %143, double 0x4083FFFFFFFFFFFF, double %141)
  %145 = fdiv double %144, %130
  %146 = getelementptr inbounds nuw double, ptr %118, i64 %126
  store double %145, ptr %146, align 8, !tbaa !12
  %147 = add nuw nsw i64 %126, 1
  %148 = icmp eq i64 %147, 159
  br i1 %148, label %156, label %125, !llvm.loop !21

149:                                              ; preds = %102
  %150 = mul nuw nsw i64 %103, 1280
  %151 = add nuw i64 %150, 1280
  %152 = getelementptr nuw i8, ptr %3, i64 %151
  %153 = getelementptr nuw i8, ptr %2, i64 %151
  %154 = load double, ptr %153, align 8
  %155 = load double, ptr %152, align 8
  br label %159

156:                                              ; preds = %159, %125
  %157 = getelementptr inbounds nuw i8, ptr %115, i64 1272
  store double 1.000000e+00, ptr %157, align 8, !tbaa !12
  %158 = load double, ptr %107, align 8
  br label %184

159:                                              ; preds = %149, %159
  %160 = phi double [ %155, %149 ], [ %176, %159 ]
  %161 = phi double [ %154, %149 ], [ %164, %159 ]
  %162 = phi i64 [ 1, %149 ], [ %178, %159 ]
  %163 = tail call double @llvm.fmuladd.f64(double %161, double 0xC083FFFFFFFFFFFF, double 0x409403FFFFFFFFFF)
  %164 = fdiv double 0x4083FFFFFFFFFFFF, %163
  %165 = getelementptr inbounds nuw double, ptr %116, i64 %162
  store double %164, ptr %165, align 8, !tbaa !12
  %166 = getelementptr inbounds nuw double, ptr %120, i64 %162
  %167 = load double, ptr %166, align 8, !tbaa !12
  %168 = getelementptr inbounds nuw double, ptr %119, i64 %162
  %169 = load double, ptr %168, align 8, !tbaa !12
  %170 = fmul double %169, 0xC0A3FDFFFFFFFFFF
  %171 = tail call double @llvm.fmuladd.f64(double %167, double 0x4093FFFFFFFFFFFF, double %170)
  %172 = getelementptr inbounds nuw double, ptr %121, i64 %162
  %173 = load double, ptr %172, align 8, !tbaa !12
  %174 = tail call double @llvm.fmuladd.f64(double %173, double 0x4093FFFFFFFFFFFF, double %171)
  %175 = tail call double @llvm.fmuladd.f64(double %160, double 0x4083FFFFFFFFFFFF, double %174)
  %176 = fdiv double %175, %163
  %177 = getelementptr inbounds nuw double, ptr %118, i64 %162
  store double %176, ptr %177, align 8, !tbaa !12
  %178 = add nuw nsw i64 %162, 1
  %179 = icmp eq i64 %178, 159
  br i1 %179, label %156, label %159, !llvm.loop !21

180:                                              ; preds = %184
  %181 = add nuw nsw i64 %104, 1
  %182 = icmp eq i64 %181, 159
  %183 = add i64 %103, 1
  br i1 %182, label %99, label %102, !llvm.loop !22

184:                                              ; preds = %156, %184
  %185 = phi double [ %158, %156 ], [ %192, %184 ]
  %186 = phi i64 [ 158, %156 ], [ %193, %184 ]
  %187 = getelementptr inbounds nuw double, ptr %116, i64 %186
  %188 = load double, ptr %187, align 8, !tbaa !12
  %189 = getelementptr inbounds nuw double, ptr %115, i64 %186
  %190 = getelementptr inbounds nuw double, ptr %118, i64 %186
  %191 = load double, ptr %190, align 8, !tbaa !12
  %192 = tail call double @llvm.fmuladd.f64(double %188, double %185, double %191)
  store double %192, ptr %189, align 8, !tbaa !12
  %193 = add nsw i64 %186, -1
  %194 = icmp samesign ugt i64 %186, 1
  br i1 %194, label %184, label %180, !llvm.loop !23
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
!9 = distinct !{!9, !10, !11}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !10, !11}
!15 = distinct !{!15, !10, !11}
!16 = distinct !{!16, !10, !11}
!17 = distinct !{!17, !10, !11}
!18 = distinct !{!18, !10, !11}
!19 = distinct !{!19, !10, !11}
!20 = distinct !{!20, !10, !11}
!21 = distinct !{!21, !10, !11}
!22 = distinct !{!22, !10, !11}
!23 = distinct !{!23, !10, !11}
