// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels --no-tensor-cores | FileCheck %s
// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels --no-tensor-cores --sm-count 1 | FileCheck %s --check-prefix=ONE-SM

// Every compute op becomes a private kernel function named after the entry, its
// position and its op (--no-tensor-cores: no GEMM strategy fuses the fill into the matmul);
// the host calls them, views stay in the host code.

// CHECK-LABEL: func.func private @main_k0_fill(
// CHECK-SAME: %[[OUT:.*]]: memref<64x96xf32>)
// CHECK-SAME: mlc.kernel = "linalg.fill", mlc.parallel_extents = array<i64: 64, 96>, mlc.tile_sizes = array<i64: 1, 32>
// CHECK: arith.constant 0.000000e+00 : f32
// CHECK: linalg.generic
// CHECK-LABEL: func.func private @main_k1_matmul(
// CHECK-SAME: memref<64x80xf32>, %{{.*}}: memref<80x96xf32>, %{{.*}}: memref<64x96xf32>)
// CHECK-SAME: mlc.kernel = "linalg.matmul"
// CHECK-LABEL: func.func @main(
// CHECK: %[[ALLOC:.*]] = memref.alloc() {{.*}} : memref<64x96xf32>
// CHECK: call @main_k0_fill(%[[ALLOC]])
// CHECK: call @main_k1_matmul(%{{.*}}, %{{.*}}, %[[ALLOC]])
// CHECK: %[[FLAT:.*]] = memref.collapse_shape %[[ALLOC]]
// CHECK: return %[[FLAT]]

// With a single SM the occupancy rule prefers the largest blocks.
// ONE-SM: @main_k0_fill({{.*}}mlc.tile_sizes = array<i64: 2, 128>
func.func @main(%a: tensor<64x80xf32>, %b: tensor<80x96xf32>) -> tensor<6144xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x96xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %m = linalg.matmul ins(%a, %b : tensor<64x80xf32>, tensor<80x96xf32>) outs(%f : tensor<64x96xf32>) -> tensor<64x96xf32>
  %c = tensor.collapse_shape %m [[0, 1]] : tensor<64x96xf32> into tensor<6144xf32>
  return %c : tensor<6144xf32>
}
