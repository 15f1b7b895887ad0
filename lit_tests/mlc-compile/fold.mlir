// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels | FileCheck %s
// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels --no-fold | FileCheck %s --check-prefix=NOFOLD

// The transpose only reads a constant (a resource blob, as torch-mlir writes
// weights, which upstream folding leaves alone): it runs at compile time and its
// result becomes a constant global; only the matmul (and its fill) is launched.

// CHECK: memref.global "private" constant @__mlc_folded_main_k0_transpose_0 : memref<3x2xf32> = dense<{{\[}}[1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]>
// CHECK-NOT: @main_k0_transpose(
// CHECK-LABEL: func.func @main(
// CHECK: %[[W:.*]] = memref.get_global @__mlc_folded_main_k0_transpose_0 : memref<3x2xf32>
// CHECK-NOT: call @main_k0_transpose
// CHECK: call @main_k2_matmul(%{{.*}}, %[[W]], %{{.*}})

// NOFOLD: call @main_k0_transpose
func.func @main(%x: tensor<4x3xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense_resource<w> : tensor<2x3xf32>
  %e = tensor.empty() : tensor<3x2xf32>
  %wt = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %zero = arith.constant 0.0 : f32
  %o = tensor.empty() : tensor<4x2xf32>
  %f = linalg.fill ins(%zero : f32) outs(%o : tensor<4x2xf32>) -> tensor<4x2xf32>
  %m = linalg.matmul ins(%x, %wt : tensor<4x3xf32>, tensor<3x2xf32>) outs(%f : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %m : tensor<4x2xf32>
}

{-#
  dialect_resources: {
    builtin: {
      w: "0x040000000000803F0000004000004040000080400000A0400000C040"
    }
  }
#-}
