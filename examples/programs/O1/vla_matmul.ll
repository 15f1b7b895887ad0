; ModuleID = 'vla_matmul.c'
source_filename = "vla_matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [25 x i8] c"sum %.12e C[4][5] %.12e\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local noundef i32 @main(i32 noundef %0, ptr noundef readonly captures(none) %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 1
  br i1 %3, label %4, label %8

4:                                                ; preds = %2
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %6 = load ptr, ptr %5, align 8, !tbaa !9
  %7 = tail call i32 @atoi(ptr noundef %6) #7
  br label %8

8:                                                ; preds = %4, %2
  %9 = phi i32 [ %7, %4 ], [ 110, %2 ]
  %10 = sext i32 %9 to i64
  %11 = mul nsw i64 %10, 960
  %12 = tail call noalias ptr @malloc(i64 noundef %11) #8
  %13 = tail call noalias dereferenceable_or_null(124800) ptr @malloc(i64 noundef 124800) #8
  %14 = mul nsw i64 %10, 1040
  %15 = tail call noalias ptr @malloc(i64 noundef %14) #8
  %16 = icmp sgt i32 %9, 0
  br i1 %16, label %18, label %17

17:                                               ; preds = %24, %8
  br label %38

18:                                               ; preds = %8
  %19 = zext nneg i32 %9 to i64
  br label %20

20:                                               ; preds = %18, %24
  %21 = phi i64 [ 0, %18 ], [ %25, %24 ]
  %22 = mul nuw nsw i64 %21, 960
  %23 = getelementptr inbounds nuw i8, ptr %12, i64 %22
  br label %27

24:                                               ; preds = %27
  %25 = add nuw nsw i64 %21, 1
  %26 = icmp eq i64 %25, %19
  br i1 %26, label %17, label %20, !llvm.loop !12

27:                                               ; preds = %20, %27
  %28 = phi i64 [ 0, %20 ], [ %36, %27 ]
  %29 = mul nuw nsw i64 %28, %21
  %30 = trunc i64 %29 to i32
  %31 = add i32 %30, 1
  %32 = urem i32 %31, 19
  %33 = uitofp nneg i32 %32 to double
  %34 = fdiv double %33, 1.900000e+01
  %35 = getelementptr inbounds nuw double, ptr %23, i64 %28
  store double %34, ptr %35, align 8, !tbaa !15
  %36 = add nuw nsw i64 %28, 1
  %37 = icmp eq i64 %36, 120
  br i1 %37, label %24, label %27, !llvm.loop !17

38:                                               ; preds = %17, %46
  %39 = phi i64 [ %47, %46 ], [ 0, %17 ]
  %40 = mul nuw nsw i64 %39, 1040
  %41 = getelementptr inbounds nuw i8, ptr %13, i64 %40
  br label %49

42:                                               ; preds = %46
  tail call fastcc void @kernel_vla_scale(i32 noundef %9, ptr noundef %12)
  tail call fastcc void @kernel_vla_matmul(i32 noundef %9, ptr noundef %15, ptr noundef %12, ptr noundef %13)
  %43 = icmp sgt i32 %9, 0
  br i1 %43, label %44, label %65

44:                                               ; preds = %42
  %45 = zext nneg i32 %9 to i64
  br label %60

46:                                               ; preds = %49
  %47 = add nuw nsw i64 %39, 1
  %48 = icmp eq i64 %47, 120
  br i1 %48, label %42, label %38, !llvm.loop !18

49:                                               ; preds = %38, %49
  %50 = phi i64 [ 0, %38 ], [ %58, %49 ]
  %51 = mul nuw nsw i64 %50, 3
  %52 = add nuw nsw i64 %51, %39
  %53 = trunc nuw nsw i64 %52 to i32
  %54 = urem i32 %53, 23
  %55 = uitofp nneg i32 %54 to double
  %56 = fdiv double %55, 2.300000e+01
  %57 = getelementptr inbounds nuw double, ptr %41, i64 %50
  store double %56, ptr %57, align 8, !tbaa !15
  %58 = add nuw nsw i64 %50, 1
  %59 = icmp eq i64 %58, 130
  br i1 %59, label %46, label %49, !llvm.loop !19

60:                                               ; preds = %44, %70
  %61 = phi i64 [ 0, %44 ], [ %71, %70 ]
  %62 = phi double [ 0.000000e+00, %44 ], [ %78, %70 ]
  %63 = mul nuw nsw i64 %61, 1040
  %64 = getelementptr inbounds nuw i8, ptr %15, i64 %63
  br label %73

65:                                               ; preds = %70, %42
  %66 = phi double [ 0.000000e+00, %42 ], [ %78, %70 ]
  %67 = getelementptr inbounds nuw i8, ptr %15, i64 4200
  %68 = load double, ptr %67, align 8, !tbaa !15
  %69 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, double noundef %66, double noundef %68)
  tail call void @free(ptr noundef %12) #9
  tail call void @free(ptr noundef %13) #9
  tail call void @free(ptr noundef %15) #9
  ret i32 0

70:                                               ; preds = %73
  %71 = add nuw nsw i64 %61, 1
  %72 = icmp eq i64 %71, %45
  br i1 %72, label %65, label %60, !llvm.loop !20

73:                                               ; preds = %60, %73
  %74 = phi i64 [ 0, %60 ], [ %79, %73 ]
  %75 = phi double [ %62, %60 ], [ %78, %73 ]
  %76 = getelementptr inbounds nuw double, ptr %64, i64 %74
  %77 = load double, ptr %76, align 8, !tbaa !15
  %78 = fadd double %75, %77
  %79 = add nuw nsw i64 %74, 1
  %80 = icmp eq i64 %79, 130
  br i1 %80, label %70, label %73, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(read)
declare i32 @atoi(ptr noundef captures(none)) local_unnamed_addr #1

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_vla_scale(i32 noundef %0, ptr noundef captures(none) %1) unnamed_addr #3 {
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %2
  %5 = zext nneg i32 %0 to i64
  br label %6

6:                                                ; preds = %4, %11
  %7 = phi i64 [ 0, %4 ], [ %12, %11 ]
  %8 = mul nuw nsw i64 %7, 960
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 %8
  br label %14

10:                                               ; preds = %11, %2
  ret void

11:                                               ; preds = %14
  %12 = add nuw nsw i64 %7, 1
  %13 = icmp eq i64 %12, %5
  br i1 %13, label %10, label %6, !llvm.loop !22

14:                                               ; preds = %6, %14
  %15 = phi i64 [ 0, %6 ], [ %19, %14 ]
  %16 = getelementptr inbounds nuw double, ptr %9, i64 %15
  %17 = load double, ptr %16, align 8, !tbaa !15
  %18 = fmul double %17, 5.000000e-01
  store double %18, ptr %16, align 8, !tbaa !15
  %19 = add nuw nsw i64 %15, 1
  %20 = icmp eq i64 %19, 120
  br i1 %20, label %11, label %14, !llvm.loop !23
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable
define internal fastcc void @kernel_vla_matmul(i32 noundef %0, ptr noundef writeonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef readonly captures(none) %3) unnamed_addr #3 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %14

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  br label %8

8:                                                ; preds = %6, %18
  %9 = phi i64 [ 0, %6 ], [ %19, %18 ]
  %10 = mul nuw nsw i64 %9, 960
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 %10
  %12 = mul nuw nsw i64 %9, 1040
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 %12
  br label %15

14:                                               ; preds = %18, %4
  ret void

15:                                               ; preds = %8, %21
  %16 = phi i64 [ 0, %8 ], [ %23, %21 ]
  %17 = getelementptr inbounds nuw double, ptr %3, i64 %16
  br label %25

18:                                               ; preds = %21
  %19 = add nuw nsw i64 %9, 1
  %20 = icmp eq i64 %19, %7
  br i1 %20, label %14, label %8, !llvm.loop !24

21:                                               ; preds = %25
  %22 = getelementptr inbounds nuw double, ptr %13, i64 %16
  store double %33, ptr %22, align 8, !tbaa !15
  %23 = add nuw nsw i64 %16, 1
  %24 = icmp eq i64 %23, 130
  br i1 %24, label %18, label %15, !llvm.loop !25

25:                                               ; preds = %15, %25
  %26 = phi i64 [ 0, %15 ], [ %34, %25 ]
  %27 = phi double [ 0.000000e+00, %15 ], [ %33, %25 ]
  %28 = getelementptr inbounds nuw double, ptr %11, i64 %26
  %29 = load double, ptr %28, align 8, !tbaa !15
  %30 = mul nuw nsw i64 %26, 1040
  %31 = getelementptr inbounds nuw i8, ptr %17, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !15
  %33 = tail call double @llvm.fmuladd.f64(double %29, double %32, double %27)
  %34 = add nuw nsw i64 %26, 1
  %35 = icmp eq i64 %34, 120
  br i1 %35, label %21, label %25, !llvm.loop !26
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #6

attributes #0 = { noinline nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind willreturn memory(read) }
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
!10 = !{!"p1 omnipotent char", !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = distinct !{!12, !13, !14}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !7, i64 0}
!17 = distinct !{!17, !13, !14}
!18 = distinct !{!18, !13, !14}
!19 = distinct !{!19, !13, !14}
!20 = distinct !{!20, !13, !14}
!21 = distinct !{!21, !13, !14}
!22 = distinct !{!22, !13, !14}
!23 = distinct !{!23, !13, !14}
!24 = distinct !{!24, !13, !14}
!25 = distinct !{!25, !13, !14}
!26 = distinct !{!26, !13, !14}
