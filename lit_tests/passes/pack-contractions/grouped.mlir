// RUN: mlc-opt %s --split-input-file --pack-contractions | FileCheck %s

// A grouped 1x1 stride-1 convolution (batch 1) is one GEMM per group on the input
// itself: the group is the GEMM batch, the filter [g, f, c] is A.
// CHECK-LABEL: func.func @grouped1x1(
// CHECK-NOT:     linalg.generic
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1], [2, 3, 4]] : tensor<4x12x17x1x1xf32> into tensor<4x12x17xf32>
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0, 1], [2], [3, 4]] : tensor<1x4x17x9x9xf32> into tensor<4x17x81xf32>
// CHECK:         linalg.pack {{.*}} outer_dims_perm = [0, 2, 1] inner_dims_pos = [2] inner_tiles = [32] {{.*}} : tensor<4x17x81xf32> -> tensor<4x3x17x32xf32>
// CHECK:         linalg.contract {{.*}} ins(%{{.*}}, %{{.*}} : tensor<4x12x17xf32>, tensor<4x3x17x32xf32>) outs(%{{.*}} : tensor<4x12x3x32xf32>)
// CHECK:         tensor.expand_shape %{{.*}} {{\[}}[0, 1], [2], [3, 4]] output_shape [1, 4, 12, 9, 9]
// CHECK-NOT:     linalg.conv_2d_ngchw_gfchw
func.func @grouped1x1(%x: tensor<1x4x17x9x9xf32>, %w: tensor<4x12x17x1x1xf32>, %o: tensor<1x4x12x9x9xf32>) -> tensor<1x4x12x9x9xf32> {
  %r = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x4x17x9x9xf32>, tensor<4x12x17x1x1xf32>) outs(%o : tensor<1x4x12x9x9xf32>) -> tensor<1x4x12x9x9xf32>
  return %r : tensor<1x4x12x9x9xf32>
}

// -----

// A strided grouped 3x3 convolution: im2col per group, the group index taking the
// place of the batch (the input's batch dimension is the constant 0).
// CHECK-LABEL: func.func @grouped3x3(
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : tensor<1x3x4x11x11xf32>) outs(%{{.*}} : tensor<3x4x3x3x5x5xf32>)
// CHECK:         tensor.collapse_shape %{{.*}} : tensor<3x4x3x3x5x5xf32> into tensor<3x36x25xf32>
// CHECK:         linalg.contract {{.*}} ins(%{{.*}}, %{{.*}} : tensor<3x5x36xf32>, tensor<3x1x36x32xf32>)
// CHECK-NOT:     linalg.conv_2d_ngchw_gfchw
func.func @grouped3x3(%x: tensor<1x3x4x11x11xf32>, %w: tensor<3x5x4x3x3xf32>, %o: tensor<1x3x5x5x5xf32>) -> tensor<1x3x5x5x5xf32> {
  %r = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x3x4x11x11xf32>, tensor<3x5x4x3x3xf32>) outs(%o : tensor<1x3x5x5x5xf32>) -> tensor<1x3x5x5x5xf32>
  return %r : tensor<1x3x5x5x5xf32>
}

// -----

// Groups of one input channel and one tap are too shallow for a GEMM: left alone.
// CHECK-LABEL: func.func @thin(
// CHECK:         linalg.conv_2d_ngchw_gfchw
// CHECK-NOT:     linalg.contract
func.func @thin(%x: tensor<1x4x1x8x8xf32>, %w: tensor<4x4x1x1x1xf32>, %o: tensor<1x4x4x8x8xf32>) -> tensor<1x4x4x8x8xf32> {
  %r = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x4x1x8x8xf32>, tensor<4x4x1x1x1xf32>) outs(%o : tensor<1x4x4x8x8xf32>) -> tensor<1x4x4x8x8xf32>
  return %r : tensor<1x4x4x8x8xf32>
}

// -----

// Batch 2 would need one GEMM per (image, group) pair: left alone.
// CHECK-LABEL: func.func @batched(
// CHECK:         linalg.conv_2d_ngchw_gfchw
func.func @batched(%x: tensor<2x4x17x9x9xf32>, %w: tensor<4x12x17x1x1xf32>, %o: tensor<2x4x12x9x9xf32>) -> tensor<2x4x12x9x9xf32> {
  %r = linalg.conv_2d_ngchw_gfchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<2x4x17x9x9xf32>, tensor<4x12x17x1x1xf32>) outs(%o : tensor<2x4x12x9x9xf32>) -> tensor<2x4x12x9x9xf32>
  return %r : tensor<2x4x12x9x9xf32>
}
