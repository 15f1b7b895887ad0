// RUN: mlc-opt %s --split-input-file --fold-constant-layouts 2>/dev/null | FileCheck %s
// RUN: mlc-opt %s --split-input-file --fold-constant-layouts=min-elements=100 2>/dev/null | FileCheck %s --check-prefix=BIG

// A weight transposed and then laid out in panels of two columns: one constant in the panel order.
// CHECK-LABEL: func.func @panels(
// CHECK-NOT: linalg.transpose
// CHECK-NOT: tensor.expand_shape
// CHECK: %[[W:.*]] = arith.constant dense<{{\[}}{{\[}}[1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]]> : tensor<1x3x2xf32>
// CHECK: return %[[W]]
// BIG-LABEL: func.func @panels(
// BIG: linalg.transpose
func.func @panels() -> tensor<1x3x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %x = tensor.expand_shape %t [[0], [1, 2]] output_shape [3, 1, 2] : tensor<3x2xf32> into tensor<3x1x2xf32>
  %e2 = tensor.empty() : tensor<1x3x2xf32>
  %p = linalg.transpose ins(%x : tensor<3x1x2xf32>) outs(%e2 : tensor<1x3x2xf32>) permutation = [1, 0, 2]
  return %p : tensor<1x3x2xf32>
}

// -----

// Padding with a constant and collapsing: computed too.
// CHECK-LABEL: func.func @pad_collapse(
// CHECK-NOT: tensor.pad
// CHECK-NOT: tensor.collapse_shape
// CHECK: arith.constant dense<[0, 1, 2, 3, 4, 9, 9]> : tensor<7xi32>
func.func @pad_collapse() -> tensor<7xi32> {
  %w = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>
  %c = tensor.collapse_shape %w [[0, 1]] : tensor<2x2xi32> into tensor<4xi32>
  %zero = arith.constant 0 : i32
  %nine = arith.constant 9 : i32
  %lo = tensor.pad %c low[1] high[0] {
  ^bb0(%i: index):
    tensor.yield %zero : i32
  } : tensor<4xi32> to tensor<5xi32>
  %hi = tensor.pad %lo low[0] high[2] {
  ^bb0(%i: index):
    tensor.yield %nine : i32
  } : tensor<5xi32> to tensor<7xi32>
  return %hi : tensor<7xi32>
}

// -----

// Not constants, splats and computed padding stay.
// CHECK-LABEL: func.func @kept(
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3xf32>)
// CHECK: linalg.transpose ins(%{{.*}} : tensor<2x3xf32>)
// CHECK: tensor.pad
func.func @kept(%a: tensor<2x3xf32>, %i: index) -> (tensor<3x2xf32>, tensor<3x2xf32>, tensor<4xf32>) {
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %s = arith.constant dense<1.0> : tensor<2x3xf32>
  %u = linalg.transpose ins(%s : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %w = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %p = tensor.pad %w low[1] high[1] {
  ^bb0(%j: index):
    %v = arith.index_cast %j : index to i32
    %f = arith.sitofp %v : i32 to f32
    tensor.yield %f : f32
  } : tensor<2xf32> to tensor<4xf32>
  return %t, %u, %p : tensor<3x2xf32>, tensor<3x2xf32>, tensor<4xf32>
}
