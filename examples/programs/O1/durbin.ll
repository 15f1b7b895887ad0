; ModuleID = 'durbin.c'
source_filename = "durbin.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [24 x i8] c"sum %.12e y[N-1] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #6
  %2 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #6
  %3 = tail call noalias dereferenceable_or_null(9600) ptr @malloc(i64 noundef 9600) #6
  br label %5

4:                                                ; preds = %5
  tail call fastcc void @kernel_durbin(ptr noundef %1, ptr noundef %2, ptr noundef %3)
  br label %18

5:                                                ; preds = %0, %5
  %6 = phi i64 [ 0, %0 ], [ %12, %5 ]
  %7 = trunc i64 %6 to i32
  %8 = add i32 %7, 2
  %9 = uitofp nneg i32 %8 to double
  %10 = fdiv double 5.000000e-01, %9
  %11 = getelementptr inbounds nuw double, ptr %1, i64 %6
  store double %10, ptr %11, align 8, !tbaa !9
  %12 = add nuw nsw i64 %6, 1
  %13 = icmp eq i64 %12, 1200
  br i1 %13, label %4, label %5, !llvm.loop !11

14:                                               ; preds = %18
  %15 = getelementptr inbounds nuw i8, ptr %2, i64 9592
  %16 = load double, ptr %15, align 8, !tbaa !9
  %17 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %23, double noundef %16)
  tail call void @free(ptr noundef %1) #7
  tail call void @free(ptr noundef %2) #7
  tail call void @free(ptr noundef %3) #7
  ret i32 0

18:                                               ; preds = %4, %18
  %19 = phi i64 [ 0, %4 ], [ %24, %18 ]
  %20 = phi double [ 0.000000e+00, %4 ], [ %23, %18 ]
  %21 = getelementptr inbounds nuw double, ptr %2, i64 %19
  %22 = load double, ptr %21, align 8, !tbaa !9
  %23 = fadd double %20, %22
  %24 = add nuw nsw i64 %19, 1
  %25 = icmp eq i64 %24, 1200
  br i1 %25, label %14, label %18, !llvm.loop !14
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_durbin(ptr noundef readonly captures(none) %0, ptr noundef captures(none) initializes((0, 8)) %1, ptr noundef captures(none) %2) unnamed_addr #2 {
  %4 = load double, ptr %0, align 8, !tbaa !9
  %5 = fneg double %4
  store double %5, ptr %1, align 8, !tbaa !9
  br label %7

6:                                                ; preds = %44
  ret void

7:                                                ; preds = %3, %44
  %8 = phi i64 [ 1, %3 ], [ %46, %44 ]
  %9 = phi double [ 1.000000e+00, %3 ], [ %15, %44 ]
  %10 = phi double [ %5, %3 ], [ %20, %44 ]
  %11 = getelementptr double, ptr %0, i64 %8
  br label %22

12:                                               ; preds = %22
  %13 = fneg double %10
  %14 = tail call double @llvm.fmuladd.f64(double %13, double %10, double 1.000000e+00)
  %15 = fmul double %14, %9
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %8
  %17 = load double, ptr %16, align 8, !tbaa !9
  %18 = fadd double %30, %17
  %19 = fneg double %18
  %20 = fdiv double %19, %15
  %21 = getelementptr double, ptr %1, i64 %8
  br label %33

22:                                               ; preds = %7, %22
  %23 = phi i64 [ 0, %7 ], [ %31, %22 ]
  %24 = phi double [ 0.000000e+00, %7 ], [ %30, %22 ]
  %25 = xor i64 %23, -1
  %26 = getelementptr double, ptr %11, i64 %25
  %27 = load double, ptr %26, align 8, !tbaa !9
  %28 = getelementptr inbounds nuw double, ptr %1, i64 %23
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = tail call double @llvm.fmuladd.f64(double %27, double %29, double %24)
  %31 = add nuw nsw i64 %23, 1
  %32 = icmp eq i64 %31, %8
  br i1 %32, label %12, label %22, !llvm.loop !15

33:                                               ; preds = %12, %33
  %34 = phi i64 [ 0, %12 ], [ %42, %33 ]
  %35 = getelementptr inbounds nuw double, ptr %1, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !9
  %37 = xor i64 %34, -1
  %38 = getelementptr double, ptr %21, i64 %37
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call double @llvm.fmuladd.f64(double %20, double %39, double %36)
  %41 = getelementptr inbounds nuw double, ptr %2, i64 %34
  store double %40, ptr %41, align 8, !tbaa !9
  %42 = add nuw nsw i64 %34, 1
  %43 = icmp eq i64 %42, %8
  br i1 %43, label %48, label %33, !llvm.loop !16

44:                                               ; preds = %48
  %45 = getelementptr inbounds nuw double, ptr %1, i64 %8
  store double %20, ptr %45, align 8, !tbaa !9
  %46 = add nuw nsw i64 %8, 1
  %47 = icmp eq i64 %46, 1200
  br i1 %47, label %6, label %7, !llvm.loop !17

48:                                               ; preds = %33, %48
  %49 = phi i64 [ %53, %48 ], [ 0, %33 ]
  %50 = getelementptr inbounds nuw double, ptr %2, i64 %49
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = getelementptr inbounds nuw double, ptr %1, i64 %49
  store double %51, ptr %52, align 8, !tbaa !9
  %53 = add nuw nsw i64 %49, 1
  %54 = icmp eq i64 %53, %8
  br i1 %54, label %44, label %48, !llvm.loop !18
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #3

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #5

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
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !12, !13}
!15 = distinct !{!15, !12, !13}
!16 = distinct !{!16, !12, !13}
!17 = distinct !{!17, !12, !13}
!18 = distinct !{!18, !12, !13}
