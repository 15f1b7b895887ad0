// RUN: mlc-opt %s --split-input-file --vectorize-depthwise | FileCheck %s
// RUN: mlc-opt %s --split-input-file --vectorize-depthwise=lanes=8 | FileCheck %s --check-prefix=AVX2
// NCHW depthwise convolutions become an scf.forall over channels with width-vectorized FMAs;
// a per-channel bias broadcast becomes the accumulator's start, not a tensor.

// CHECK-LABEL: func.func @bias_stride1
// CHECK-SAME: (%[[X:.*]]: tensor<1x8x18x34xf32>, %[[W:.*]]: tensor<8x3x3xf32>, %[[B:.*]]: tensor<8xf32>)
// CHECK-NOT: linalg.broadcast
// CHECK-NOT: linalg.depthwise_conv_2d_nchw_chw
// CHECK: scf.forall (%[[C:.*]]) in (8)
// CHECK: %[[BS:.*]] = tensor.extract %[[B]][%[[C]]] : tensor<8xf32>
// CHECK: %[[ACC0:.*]] = vector.broadcast %[[BS]] : f32 to vector<16xf32>
// CHECK: scf.for
// CHECK: scf.for
// CHECK: %[[IN:.*]] = vector.transfer_read %[[X]][%{{.*}}, %[[C]], %{{.*}}, %{{.*}}], %{{.*}} {in_bounds = [true]} : tensor<1x8x18x34xf32>, vector<16xf32>
// CHECK: vector.fma %[[IN]], %{{.*}}, %[[ACC0]] : vector<16xf32>
// CHECK-COUNT-8: vector.fma
// CHECK: vector.transfer_write %{{.*}} {in_bounds = [true]} : vector<16xf32>, tensor<16x32xf32>
// CHECK: tensor.parallel_insert_slice
// AVX2-LABEL: func.func @bias_stride1
// AVX2: vector.broadcast %{{.*}} : f32 to vector<8xf32>
// AVX2-COUNT-9: vector.fma {{.*}} : vector<8xf32>
func.func @bias_stride1(%x: tensor<1x8x18x34xf32>, %w: tensor<8x3x3xf32>, %bias: tensor<8xf32>) -> tensor<1x8x16x32xf32> {
  %e = tensor.empty() : tensor<1x8x16x32xf32>
  %b = linalg.broadcast ins(%bias : tensor<8xf32>) outs(%e : tensor<1x8x16x32xf32>) dimensions = [0, 2, 3]
  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
      ins(%x, %w : tensor<1x8x18x34xf32>, tensor<8x3x3xf32>) outs(%b : tensor<1x8x16x32xf32>) -> tensor<1x8x16x32xf32>
  return %r : tensor<1x8x16x32xf32>
}

// -----

// Stride 2: the contiguous span of 2 * 15 + 1 inputs, every other one picked.
// CHECK-LABEL: func.func @fill_stride2
// CHECK: arith.minsi
// CHECK: %[[IN:.*]] = vector.transfer_read {{.*}} : tensor<1x4x21x37xf32>, vector<31xf32>
// CHECK: vector.shuffle %[[IN]], %[[IN]] [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30] : vector<31xf32>, vector<31xf32>
func.func @fill_stride2(%x: tensor<1x4x21x37xf32>, %w: tensor<4x3x3xf32>, %v: f32) -> tensor<1x4x10x18xf32> {
  %e = tensor.empty() : tensor<1x4x10x18xf32>
  %f = linalg.fill ins(%v : f32) outs(%e : tensor<1x4x10x18xf32>) -> tensor<1x4x10x18xf32>
  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
      ins(%x, %w : tensor<1x4x21x37xf32>, tensor<4x3x3xf32>) outs(%f : tensor<1x4x10x18xf32>) -> tensor<1x4x10x18xf32>
  return %r : tensor<1x4x10x18xf32>
}

// -----

// Dynamic shapes and other layouts keep their linalg op.
// CHECK-LABEL: func.func @dynamic
// CHECK: linalg.depthwise_conv_2d_nchw_chw
// CHECK-LABEL: func.func @nhwc
// CHECK: linalg.depthwise_conv_2d_nhwc_hwc
func.func @dynamic(%x: tensor<?x8x18x34xf32>, %w: tensor<8x3x3xf32>, %o: tensor<?x8x16x32xf32>) -> tensor<?x8x16x32xf32> {
  %r = linalg.depthwise_conv_2d_nchw_chw ins(%x, %w : tensor<?x8x18x34xf32>, tensor<8x3x3xf32>) outs(%o : tensor<?x8x16x32xf32>) -> tensor<?x8x16x32xf32>
  return %r : tensor<?x8x16x32xf32>
}
func.func @nhwc(%x: tensor<1x18x34x8xf32>, %w: tensor<3x3x8xf32>, %o: tensor<1x16x32x8xf32>) -> tensor<1x16x32x8xf32> {
  %r = linalg.depthwise_conv_2d_nhwc_hwc ins(%x, %w : tensor<1x18x34x8xf32>, tensor<3x3x8xf32>) outs(%o : tensor<1x16x32x8xf32>) -> tensor<1x16x32x8xf32>
  return %r : tensor<1x16x32x8xf32>
}
