// RUN: mlc-compile --target cuda %s --emit mlir --to-stage gpu | FileCheck %s

// Each kernel function ends up as one launch with constant sizes; the kernel is
// outlined into a gpu.module named after it. A full reduction and the fill of its output
// are one row kernel: a single row, one block of 256 threads combining through shuffles.

// CHECK-LABEL: func.func private @main_k0_fill_rows(
// CHECK-DAG: %[[ONE:.*]] = arith.constant 1 : index
// CHECK-DAG: %[[T:.*]] = arith.constant 256 : index
// CHECK: gpu.launch_func @main_k0_fill_rows_kernel::@main_k0_fill_rows_kernel blocks in (%[[ONE]], %[[ONE]], %[[ONE]]) threads in (%[[T]], %[[ONE]], %[[ONE]]) args(
// CHECK-LABEL: gpu.module @main_k0_fill_rows_kernel
// CHECK: gpu.func @main_k0_fill_rows_kernel(%{{.*}}: memref<f32>, %{{.*}}: memref<64x33xf32>) kernel
// CHECK: scf.for
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: gpu.barrier
func.func @main(%x: tensor<64x33xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<f32>
  %i = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>],
      iterator_types = ["reduction", "reduction"]} ins(%x : tensor<64x33xf32>) outs(%i : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  return %s : tensor<f32>
}
