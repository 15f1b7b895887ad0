; Named ops recognized in real clang output.
; RUN: mlc-translate %examples/kernels/O1/simple_conv2d.ll | FileCheck %s --check-prefix=CONV
; RUN: mlc-translate %examples/kernels/O1/gemv.ll | FileCheck %s --check-prefix=GEMV
; RUN: mlc-translate %examples/kernels/O2/gemv_t.ll | FileCheck %s --check-prefix=GEMVT
; RUN: mlc-translate %examples/kernels/O2/dot.ll | FileCheck %s --check-prefix=DOT
; RUN: mlc-translate %examples/kernels/O2/vec_add.ll | FileCheck %s --check-prefix=ADD
; RUN: mlc-translate %examples/kernels/O1/batch_matmul.ll | FileCheck %s --check-prefix=BMM
; RUN: mlc-translate %examples/kernels/O1/jacobi_1d.ll | FileCheck %s --check-prefix=JACOBI

; The i32 index arithmetic of the convolution has no nsw flag: checked at entry.
; CONV-LABEL: func.func @simple_conv2d(
; CONV-SAME:    mlc.assumptions = ["checked at entry: narrow index arithmetic does not wrap
; CONV:         scf.if
; CONV:           linalg.conv_2d ins(%{{.*}}, %{{.*}} : memref<?x?xf32, strided<[?, 1]{{.*}}>>, memref<3x3xf32{{.*}}>)
; CONV:         } else {
; CONV:           llvm.call @simple_conv2d.mlc.orig(
; CONV-LABEL: llvm.func internal local_unnamed_addr @simple_conv2d.mlc.orig(

; GEMV-LABEL: func.func @gemv(
; GEMV:         memref<?x?xf64, strided<[?, 1]>>
; GEMV:         linalg.matvec

; GEMVT-LABEL: func.func @gemv_t(
; GEMVT:         linalg.vecmat

; DOT-LABEL: func.func @dot(
; DOT:         %[[CELL:.*]] = memref.alloca() : memref<f64>
; DOT:         linalg.dot ins(%{{.*}}, %{{.*}} : memref<?xf64{{.*}}>, memref<?xf64{{.*}}>) outs(%[[CELL]] : memref<f64>)
; DOT:         memref.load %[[CELL]][] : memref<f64>

; ADD-LABEL: func.func @vec_add(
; ADD:         linalg.add
; ADD-NOT:     vector

; BMM-LABEL: func.func @batch_matmul(
; BMM:         linalg.batch_matmul ins(%{{.*}}, %{{.*}} : memref<?x16x16xf32{{.*}}>, memref<?x16x16xf32{{.*}}>)

; JACOBI-LABEL: func.func @jacobi_1d(
; JACOBI:         linalg.generic {{.*}} iterator_types = ["parallel"]
