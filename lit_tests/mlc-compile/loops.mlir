// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels | FileCheck %s

// A loop nest over buffers (as kernels raised from C look) becomes a kernel: the
// parallel affine loops turn into one scf.parallel, the reduction loop stays a
// loop, and the written argument is recorded.

// CHECK-LABEL: func.func private @main_k0_loop(
// CHECK-SAME: %[[C:.*]]: memref<32x16xf32>, %{{.*}}: memref<32x8xf32>, %{{.*}}: memref<8x16xf32>)
// CHECK-SAME: mlc.kernel = "affine.for", mlc.parallel_extents = array<i64: 32, 16>
// CHECK-SAME: mlc.written = array<i64: 0>
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}})
// CHECK: scf.for
// CHECK: memref.store %{{.*}}, %[[C]]
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[A:.*]]: memref<32x8xf32>, %[[B:.*]]: memref<8x16xf32>, %[[OUT:.*]]: memref<32x16xf32>)
// CHECK: call @main_k0_loop(%[[OUT]], %[[A]], %[[B]])
func.func @main(%a: memref<32x8xf32>, %b: memref<8x16xf32>, %c: memref<32x16xf32>) {
  affine.for %i = 0 to 32 {
    affine.for %j = 0 to 16 {
      %z = arith.constant 0.0 : f32
      affine.store %z, %c[%i, %j] : memref<32x16xf32>
      affine.for %k = 0 to 8 {
        %x = affine.load %a[%i, %k] : memref<32x8xf32>
        %y = affine.load %b[%k, %j] : memref<8x16xf32>
        %acc = affine.load %c[%i, %j] : memref<32x16xf32>
        %p = arith.mulf %x, %y : f32
        %s = arith.addf %acc, %p : f32
        affine.store %s, %c[%i, %j] : memref<32x16xf32>
      }
    }
  }
  return
}
