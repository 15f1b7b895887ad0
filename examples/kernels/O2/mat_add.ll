; ModuleID = 'mat_add.c'
source_filename = "mat_add.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @mat_add(ptr noalias noundef readonly captures(none) %0, ptr noalias noundef readonly captures(none) %1, ptr noalias noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  br label %4

4:                                                ; preds = %3, %4
  %5 = phi i64 [ 0, %3 ], [ %126, %4 ]
  %6 = getelementptr inbounds nuw [40 x double], ptr %2, i64 %5
  %7 = getelementptr inbounds nuw [40 x double], ptr %1, i64 %5
  %8 = getelementptr inbounds nuw [40 x double], ptr %0, i64 %5
  %9 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %10 = load <2 x double>, ptr %8, align 8, !tbaa !9
  %11 = load <2 x double>, ptr %9, align 8, !tbaa !9
  %12 = getelementptr inbounds nuw i8, ptr %7, i64 16
  %13 = load <2 x double>, ptr %7, align 8, !tbaa !9
  %14 = load <2 x double>, ptr %12, align 8, !tbaa !9
  %15 = fadd <2 x double> %10, %13
  %16 = fadd <2 x double> %11, %14
  %17 = getelementptr inbounds nuw i8, ptr %6, i64 16
  store <2 x double> %15, ptr %6, align 8, !tbaa !9
  store <2 x double> %16, ptr %17, align 8, !tbaa !9
  %18 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %19 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %20 = load <2 x double>, ptr %18, align 8, !tbaa !9
  %21 = load <2 x double>, ptr %19, align 8, !tbaa !9
  %22 = getelementptr inbounds nuw i8, ptr %7, i64 32
  %23 = getelementptr inbounds nuw i8, ptr %7, i64 48
  %24 = load <2 x double>, ptr %22, align 8, !tbaa !9
  %25 = load <2 x double>, ptr %23, align 8, !tbaa !9
  %26 = fadd <2 x double> %20, %24
  %27 = fadd <2 x double> %21, %25
  %28 = getelementptr inbounds nuw i8, ptr %6, i64 32
  %29 = getelementptr inbounds nuw i8, ptr %6, i64 48
  store <2 x double> %26, ptr %28, align 8, !tbaa !9
  store <2 x double> %27, ptr %29, align 8, !tbaa !9
  %30 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %31 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %32 = load <2 x double>, ptr %30, align 8, !tbaa !9
  %33 = load <2 x double>, ptr %31, align 8, !tbaa !9
  %34 = getelementptr inbounds nuw i8, ptr %7, i64 64
  %35 = getelementptr inbounds nuw i8, ptr %7, i64 80
  %36 = load <2 x double>, ptr %34, align 8, !tbaa !9
  %37 = load <2 x double>, ptr %35, align 8, !tbaa !9
  %38 = fadd <2 x double> %32, %36
  %39 = fadd <2 x double> %33, %37
  %40 = getelementptr inbounds nuw i8, ptr %6, i64 64
  %41 = getelementptr inbounds nuw i8, ptr %6, i64 80
  store <2 x double> %38, ptr %40, align 8, !tbaa !9
  store <2 x double> %39, ptr %41, align 8, !tbaa !9
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %43 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %44 = load <2 x double>, ptr %42, align 8, !tbaa !9
  %45 = load <2 x double>, ptr %43, align 8, !tbaa !9
  %46 = getelementptr inbounds nuw i8, ptr %7, i64 96
  %47 = getelementptr inbounds nuw i8, ptr %7, i64 112
  %48 = load <2 x double>, ptr %46, align 8, !tbaa !9
  %49 = load <2 x double>, ptr %47, align 8, !tbaa !9
  %50 = fadd <2 x double> %44, %48
  %51 = fadd <2 x double> %45, %49
  %52 = getelementptr inbounds nuw i8, ptr %6, i64 96
  %53 = getelementptr inbounds nuw i8, ptr %6, i64 112
  store <2 x double> %50, ptr %52, align 8, !tbaa !9
  store <2 x double> %51, ptr %53, align 8, !tbaa !9
  %54 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %55 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %56 = load <2 x double>, ptr %54, align 8, !tbaa !9
  %57 = load <2 x double>, ptr %55, align 8, !tbaa !9
  %58 = getelementptr inbounds nuw i8, ptr %7, i64 128
  %59 = getelementptr inbounds nuw i8, ptr %7, i64 144
  %60 = load <2 x double>, ptr %58, align 8, !tbaa !9
  %61 = load <2 x double>, ptr %59, align 8, !tbaa !9
  %62 = fadd <2 x double> %56, %60
  %63 = fadd <2 x double> %57, %61
  %64 = getelementptr inbounds nuw i8, ptr %6, i64 128
  %65 = getelementptr inbounds nuw i8, ptr %6, i64 144
  store <2 x double> %62, ptr %64, align 8, !tbaa !9
  store <2 x double> %63, ptr %65, align 8, !tbaa !9
  %66 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %67 = getelementptr inbounds nuw i8, ptr %8, i64 176
  %68 = load <2 x double>, ptr %66, align 8, !tbaa !9
  %69 = load <2 x double>, ptr %67, align 8, !tbaa !9
  %70 = getelementptr inbounds nuw i8, ptr %7, i64 160
  %71 = getelementptr inbounds nuw i8, ptr %7, i64 176
  %72 = load <2 x double>, ptr %70, align 8, !tbaa !9
  %73 = load <2 x double>, ptr %71, align 8, !tbaa !9
  %74 = fadd <2 x double> %68, %72
  %75 = fadd <2 x double> %69, %73
  %76 = getelementptr inbounds nuw i8, ptr %6, i64 160
  %77 = getelementptr inbounds nuw i8, ptr %6, i64 176
  store <2 x double> %74, ptr %76, align 8, !tbaa !9
  store <2 x double> %75, ptr %77, align 8, !tbaa !9
  %78 = getelementptr inbounds nuw i8, ptr %8, i64 192
  %79 = getelementptr inbounds nuw i8, ptr %8, i64 208
  %80 = load <2 x double>, ptr %78, align 8, !tbaa !9
  %81 = load <2 x double>, ptr %79, align 8, !tbaa !9
  %82 = getelementptr inbounds nuw i8, ptr %7, i64 192
  %83 = getelementptr inbounds nuw i8, ptr %7, i64 208
  %84 = load <2 x double>, ptr %82, align 8, !tbaa !9
  %85 = load <2 x double>, ptr %83, align 8, !tbaa !9
  %86 = fadd <2 x double> %80, %84
  %87 = fadd <2 x double> %81, %85
  %88 = getelementptr inbounds nuw i8, ptr %6, i64 192
  %89 = getelementptr inbounds nuw i8, ptr %6, i64 208
  store <2 x double> %86, ptr %88, align 8, !tbaa !9
  store <2 x double> %87, ptr %89, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw i8, ptr %8, i64 224
  %91 = getelementptr inbounds nuw i8, ptr %8, i64 240
  %92 = load <2 x double>, ptr %90, align 8, !tbaa !9
  %93 = load <2 x double>, ptr %91, align 8, !tbaa !9
  %94 = getelementptr inbounds nuw i8, ptr %7, i64 224
  %95 = getelementptr inbounds nuw i8, ptr %7, i64 240
  %96 = load <2 x double>, ptr %94, align 8, !tbaa !9
  %97 = load <2 x double>, ptr %95, align 8, !tbaa !9
  %98 = fadd <2 x double> %92, %96
  %99 = fadd <2 x double> %93, %97
  %100 = getelementptr inbounds nuw i8, ptr %6, i64 224
  %101 = getelementptr inbounds nuw i8, ptr %6, i64 240
  store <2 x double> %98, ptr %100, align 8, !tbaa !9
  store <2 x double> %99, ptr %101, align 8, !tbaa !9
  %102 = getelementptr inbounds nuw i8, ptr %8, i64 256
  %103 = getelementptr inbounds nuw i8, ptr %8, i64 272
  %104 = load <2 x double>, ptr %102, align 8, !tbaa !9
  %105 = load <2 x double>, ptr %103, align 8, !tbaa !9
  %106 = getelementptr inbounds nuw i8, ptr %7, i64 256
  %107 = getelementptr inbounds nuw i8, ptr %7, i64 272
  %108 = load <2 x double>, ptr %106, align 8, !tbaa !9
  %109 = load <2 x double>, ptr %107, align 8, !tbaa !9
  %110 = fadd <2 x double> %104, %108
  %111 = fadd <2 x double> %105, %109
  %112 = getelementptr inbounds nuw i8, ptr %6, i64 256
  %113 = getelementptr inbounds nuw i8, ptr %6, i64 272
  store <2 x double> %110, ptr %112, align 8, !tbaa !9
  store <2 x double> %111, ptr %113, align 8, !tbaa !9
  %114 = getelementptr inbounds nuw i8, ptr %8, i64 288
  %115 = getelementptr inbounds nuw i8, ptr %8, i64 304
  %116 = load <2 x double>, ptr %114, align 8, !tbaa !9
  %117 = load <2 x double>, ptr %115, align 8, !tbaa !9
  %118 = getelementptr inbounds nuw i8, ptr %7, i64 288
  %119 = getelementptr inbounds nuw i8, ptr %7, i64 304
  %120 = load <2 x double>, ptr %118, align 8, !tbaa !9
  %121 = load <2 x double>, ptr %119, align 8, !tbaa !9
  %122 = fadd <2 x double> %116, %120
  %123 = fadd <2 x double> %117, %121
  %124 = getelementptr inbounds nuw i8, ptr %6, i64 288
  %125 = getelementptr inbounds nuw i8, ptr %6, i64 304
  store <2 x double> %122, ptr %124, align 8, !tbaa !9
  store <2 x double> %123, ptr %125, align 8, !tbaa !9
  %126 = add nuw nsw i64 %5, 1
  %127 = icmp eq i64 %126, 32
  br i1 %127, label %128, label %4, !llvm.loop !11

128:                                              ; preds = %4
  ret void
}

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
