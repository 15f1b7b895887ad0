; The seed's matmul at -O1 and -O2 (vectorized, k unrolled by 2): both become
; linalg.fill + linalg.matmul on views of the pointer arguments.
; RUN: mlc-translate %examples/kernels/O1/matmul.ll | FileCheck %s
; RUN: mlc-translate %examples/kernels/O2/matmul.ll | FileCheck %s
; RUN: mlc-translate %examples/kernels/O1/matmul.ll --stage affine | FileCheck %s --check-prefix=AFFINE

; CHECK-LABEL: func.func @matmul(
; CHECK-SAME:    %{{.*}}: i32 {llvm.noundef}, %[[A:[a-z0-9]+]]: !llvm.ptr {llvm.noalias
; CHECK:         "mlc_ptr.to_memref"(%[[A]]) : (!llvm.ptr) -> memref<f32>
; CHECK:         memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [%{{.*}}, 64], strides: [64, 1] : memref<f32> to memref<?x64xf32>
; CHECK:         linalg.fill
; CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : memref<?x64xf32{{.*}}>, memref<64x48xf32{{.*}}>) outs(%{{.*}} : memref<?x48xf32{{.*}}>)
; CHECK-NOT:     llvm.load

; AFFINE-LABEL: func.func @matmul(
; AFFINE:         affine.for %[[I:[a-z0-9]+]] = 0 to
; AFFINE:           affine.for %[[J:[a-z0-9]+]] = 0 to 48
; AFFINE:             affine.for %[[K:[a-z0-9]+]] = 0 to 64 iter_args
; AFFINE:               affine.load %{{.*}}[%[[I]], %[[K]]] : memref<?x64xf32>
; AFFINE:               affine.load %{{.*}}[%[[K]], %[[J]]] : memref<64x48xf32
; AFFINE:             affine.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]] : memref<?x48xf32>
