; ModuleID = 'gramschmidt.c'
source_filename = "gramschmidt.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e Q[3][2] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  %1 = tail call noalias dereferenceable_or_null(256000) ptr @malloc(i64 noundef 256000) #8
  %2 = tail call noalias dereferenceable_or_null(204800) ptr @calloc(i64 noundef 160, i64 noundef 1280) #9
  %3 = tail call noalias dereferenceable_or_null(256000) ptr @malloc(i64 noundef 256000) #8
  br label %4

4:                                                ; preds = %0, %8
  %5 = phi i64 [ 0, %0 ], [ %9, %8 ]
  %6 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %5
  br label %11

7:                                                ; preds = %8
  tail call fastcc void @kernel_gramschmidt(ptr noundef %1, ptr noundef %2, ptr noundef %3)
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
  store double %20, ptr %21, align 8, !tbaa !12
  %22 = add nuw nsw i64 %12, 1
  %23 = icmp eq i64 %22, 160
  br i1 %23, label %8, label %11, !llvm.loop !14

24:                                               ; preds = %7, %32
  %25 = phi i64 [ 0, %7 ], [ %33, %32 ]
  %26 = phi double [ 0.000000e+00, %7 ], [ %40, %32 ]
  %27 = getelementptr inbounds nuw [160 x double], ptr %2, i64 %25
  br label %35

28:                                               ; preds = %32
  %29 = getelementptr inbounds nuw i8, ptr %3, i64 3856
  %30 = load double, ptr %29, align 8, !tbaa !12
  %31 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %40, double noundef %30)
  tail call void @free(ptr noundef %1) #10
  tail call void @free(ptr noundef %2) #10
  tail call void @free(ptr noundef %3) #10
  ret i32 0

32:                                               ; preds = %35
  %33 = add nuw nsw i64 %25, 1
  %34 = icmp eq i64 %33, 160
  br i1 %34, label %28, label %24, !llvm.loop !15

35:                                               ; preds = %24, %35
  %36 = phi i64 [ 0, %24 ], [ %41, %35 ]
  %37 = phi double [ %26, %24 ], [ %40, %35 ]
  %38 = getelementptr inbounds nuw double, ptr %27, i64 %36
  %39 = load double, ptr %38, align 8, !tbaa !12
  %40 = fadd double %37, %39
  %41 = add nuw nsw i64 %36, 1
  %42 = icmp eq i64 %41, 160
  br i1 %42, label %32, label %35, !llvm.loop !16
}

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @calloc(i64 noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #3

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable
define internal fastcc void @kernel_gramschmidt(ptr noundef captures(none) %0, ptr noundef captures(none) %1, ptr noundef captures(none) %2) unnamed_addr #4 {
  br label %7

4:                                                ; preds = %57, %26
  %5 = add nuw nsw i64 %9, 1
  %6 = icmp eq i64 %27, 160
  br i1 %6, label %11, label %7, !llvm.loop !17

7:                                                ; preds = %3, %4
  %8 = phi i64 [ 0, %3 ], [ %27, %4 ]
  %9 = phi i64 [ 1, %3 ], [ %5, %4 ]
  %10 = getelementptr inbounds nuw double, ptr %0, i64 %8
  br label %18

11:                                               ; preds = %4
  ret void

12:                                               ; preds = %18
  %13 = tail call double @sqrt(double noundef %23) #10, !tbaa !5
  %14 = getelementptr inbounds nuw [160 x double], ptr %1, i64 %8
  %15 = getelementptr inbounds nuw double, ptr %14, i64 %8
  store double %13, ptr %15, align 8, !tbaa !12
  %16 = getelementptr inbounds nuw double, ptr %0, i64 %8
  %17 = getelementptr inbounds nuw double, ptr %2, i64 %8
  br label %32

18:                                               ; preds = %7, %18
  %19 = phi i64 [ 0, %7 ], [ %24, %18 ]
  %20 = phi double [ 0.000000e+00, %7 ], [ %23, %18 ]
  %21 = getelementptr inbounds nuw [160 x double], ptr %10, i64 %19
  %22 = load double, ptr %21, align 8, !tbaa !12
  %23 = tail call double @llvm.fmuladd.f64(double %22, double %22, double %20)
  %24 = add nuw nsw i64 %19, 1
  %25 = icmp eq i64 %24, 200
  br i1 %25, label %12, label %18, !llvm.loop !18

26:                                               ; preds = %32
  %27 = add nuw nsw i64 %8, 1
  %28 = icmp samesign ult i64 %8, 159
  br i1 %28, label %29, label %4

29:                                               ; preds = %26
  %30 = getelementptr inbounds nuw double, ptr %2, i64 %8
  %31 = getelementptr inbounds nuw double, ptr %2, i64 %8
  br label %41

32:                                               ; preds = %12, %32
  %33 = phi i64 [ 0, %12 ], [ %39, %32 ]
  %34 = getelementptr inbounds nuw [160 x double], ptr %16, i64 %33
  %35 = load double, ptr %34, align 8, !tbaa !12
  %36 = load double, ptr %15, align 8, !tbaa !12
  %37 = fdiv double %35, %36
  %38 = getelementptr inbounds nuw [160 x double], ptr %17, i64 %33
  store double %37, ptr %38, align 8, !tbaa !12
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, 200
  br i1 %40, label %26, label %32, !llvm.loop !19

41:                                               ; preds = %29, %57
  %42 = phi i64 [ %9, %29 ], [ %58, %57 ]
  %43 = getelementptr inbounds nuw double, ptr %14, i64 %42
  store double 0.000000e+00, ptr %43, align 8, !tbaa !12
  %44 = getelementptr inbounds nuw double, ptr %0, i64 %42
  br label %47

45:                                               ; preds = %47
  %46 = getelementptr inbounds nuw double, ptr %0, i64 %42
  br label %60

47:                                               ; preds = %41, %47
  %48 = phi i64 [ 0, %41 ], [ %55, %47 ]
  %49 = phi double [ 0.000000e+00, %41 ], [ %54, %47 ]
  %50 = getelementptr inbounds nuw [160 x double], ptr %30, i64 %48
  %51 = load double, ptr %50, align 8, !tbaa !12
  %52 = getelementptr inbounds nuw [160 x double], ptr %44, i64 %48
  %53 = load double, ptr %52, align 8, !tbaa !12
  %54 = tail call double @llvm.fmuladd.f64(double %51, double %53, double %49)
  store double %54, ptr %43, align 8, !tbaa !12
  %55 = add nuw nsw i64 %48, 1
  %56 = icmp eq i64 %55, 200
  br i1 %56, label %45, label %47, !llvm.loop !20

57:                                               ; preds = %60
  %58 = add nuw nsw i64 %42, 1
  %59 = icmp eq i64 %58, 160
  br i1 %59, label %4, label %41, !llvm.loop !21

60:                                               ; preds = %45, %60
  %61 = phi i64 [ 0, %45 ], [ %69, %60 ]
  %62 = getelementptr inbounds nuw [160 x double], ptr %31, i64 %61
  %63 = load double, ptr %62, align 8, !tbaa !12
  %64 = load double, ptr %43, align 8, !tbaa !12
  %65 = getelementptr inbounds nuw [160 x double], ptr %46, i64 %61
  %66 = load double, ptr %65, align 8, !tbaa !12
  %67 = fneg double %63
  %68 = tail call double @llvm.fmuladd.f64(double %67, double %64, double %66)
  store double %68, ptr %65, align 8, !tbaa !12
  %69 = add nuw nsw i64 %61, 1
  %70 = icmp eq i64 %69, 200
  br i1 %70, label %57, label %60, !llvm.loop !22
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #7

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,zeroed") allocsize(0,1) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree noinline norecurse nounwind memory(argmem: readwrite, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nounwind allocsize(0) }
attributes #9 = { nounwind allocsize(0,1) }
attributes #10 = { nounwind }

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
