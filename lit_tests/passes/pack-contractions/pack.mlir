// RUN: mlc-opt %s --split-input-file --pack-contractions | FileCheck %s
// RUN: mlc-opt %s --split-input-file --pack-contractions=256 | FileCheck %s --check-prefix=AVX2

// A matmul whose N (40) is not a multiple of the panel width: B is packed into
// zero-padded panels of 32 columns (16 with AVX2), C is padded, viewed as
// [M, panels, nr] and sliced back.
// CHECK-LABEL: func.func @matmul(
// CHECK:         %[[P:.*]] = linalg.pack %{{.*}} padding_value(%{{.*}} : f32) outer_dims_perm = [1, 0] inner_dims_pos = [1] inner_tiles = [32] into %{{.*}} : tensor<64x40xf32> -> tensor<2x64x32xf32>
// CHECK:         tensor.pad
// CHECK:         %[[C:.*]] = tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2]] output_shape [16, 2, 32]
// CHECK:         linalg.contract {{.*}}mlc.gemm_tiles = array<i64: 8, 32, 8, 1, 64>{{.*}} ins(%{{.*}}, %[[P]] : tensor<16x64xf32>, tensor<2x64x32xf32>) outs(%[[C]] : tensor<16x2x32xf32>)
// CHECK:         tensor.extract_slice %{{.*}}[0, 0] [16, 40] [1, 1]
// CHECK-NOT:     linalg.matmul
// AVX2-LABEL: func.func @matmul(
// AVX2:         linalg.pack {{.*}} inner_tiles = [16] {{.*}} -> tensor<3x64x16xf32>
// AVX2:         linalg.contract {{.*}}mlc.gemm_tiles = array<i64: 4, 16, 8, 1, 64>
func.func @matmul(%a: tensor<16x64xf32>, %b: tensor<64x40xf32>, %c: tensor<16x40xf32>) -> tensor<16x40xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<16x64xf32>, tensor<64x40xf32>) outs(%c : tensor<16x40xf32>) -> tensor<16x40xf32>
  return %r : tensor<16x40xf32>
}

// -----

// A strided 3x3 convolution: im2col as a copy generic whose input map carries the
// strides, collapsed to [n, c*kh*kw, oh*ow]; the filter is A, reshaped to [f, c*kh*kw].
// CHECK-LABEL: func.func @conv3x3(
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2, 3]] : tensor<8x3x3x3xf32> into tensor<8x27xf32>
// CHECK:         linalg.generic {{.*}} ins(%{{.*}} : tensor<1x3x9x9xf32>) outs(%{{.*}} : tensor<1x3x3x3x4x4xf32>)
// CHECK:         tensor.collapse_shape %{{.*}} : tensor<1x3x3x3x4x4xf32> into tensor<1x27x16xf32>
// CHECK:         linalg.pack {{.*}} outer_dims_perm = [0, 2, 1] inner_dims_pos = [2] inner_tiles = [16] {{.*}} -> tensor<1x1x27x16xf32>
// CHECK:         linalg.contract {{.*}} ins(%{{.*}}, %{{.*}} : tensor<8x27xf32>, tensor<1x1x27x16xf32>) outs(%{{.*}} : tensor<1x8x1x16xf32>)
// CHECK:         tensor.expand_shape %{{.*}} output_shape [1, 8, 4, 4]
// CHECK-NOT:     linalg.conv_2d_nchw_fchw
func.func @conv3x3(%x: tensor<1x3x9x9xf32>, %w: tensor<8x3x3x3xf32>, %o: tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x3x9x9xf32>, tensor<8x3x3x3xf32>) outs(%o : tensor<1x8x4x4xf32>) -> tensor<1x8x4x4xf32>
  return %r : tensor<1x8x4x4xf32>
}

// -----

// A 1x1 stride-1 convolution is a GEMM on the input itself: no im2col copy.
// CHECK-LABEL: func.func @conv1x1(
// CHECK-NOT:     linalg.generic
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1], [2, 3]] : tensor<1x16x8x8xf32> into tensor<1x16x64xf32>
// CHECK:         linalg.pack
// CHECK:         linalg.contract
func.func @conv1x1(%x: tensor<1x16x8x8xf32>, %w: tensor<32x16x1x1xf32>, %o: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x16x8x8xf32>, tensor<32x16x1x1xf32>) outs(%o : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %r : tensor<1x32x8x8xf32>
}

// -----

// Dynamic shapes and transposed matmuls keep their own path.
// CHECK-LABEL: func.func @dynamic(
// CHECK:         linalg.matmul
// CHECK-NOT:     linalg.contract
func.func @dynamic(%a: tensor<?x64xf32>, %b: tensor<64x32xf32>, %c: tensor<?x32xf32>) -> tensor<?x32xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<?x64xf32>, tensor<64x32xf32>) outs(%c : tensor<?x32xf32>) -> tensor<?x32xf32>
  return %r : tensor<?x32xf32>
}
