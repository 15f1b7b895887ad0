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

// -----

// An elementwise op on the result alone (ReLU6 with 0-d bounds, as Clip lowers) is applied to
// the accumulator before the store; a result with two users keeps its consumers apart.
// CHECK-LABEL: func.func @clip_fused
// CHECK-SAME: (%{{.*}}: tensor<1x4x10x18xf32>, %{{.*}}: tensor<4x3x3xf32>, %{{.*}}: tensor<4xf32>, %[[LO:.*]]: tensor<f32>, %[[HI:.*]]: tensor<f32>)
// CHECK-DAG: %[[L:.*]] = tensor.extract %[[LO]][] : tensor<f32>
// CHECK-DAG: %[[H:.*]] = tensor.extract %[[HI]][] : tensor<f32>
// CHECK-COUNT-8: vector.fma
// CHECK: %[[ACC:.*]] = vector.fma
// CHECK-DAG: %[[LV:.*]] = vector.broadcast %[[L]] : f32 to vector<16xf32>
// CHECK-DAG: %[[HV:.*]] = vector.broadcast %[[H]] : f32 to vector<16xf32>
// CHECK: %[[C1:.*]] = arith.cmpf ult, %[[ACC]], %[[LV]] : vector<16xf32>
// CHECK-NEXT: %[[S1:.*]] = arith.select %[[C1]], %[[LV]], %[[ACC]] : vector<16xi1>, vector<16xf32>
// CHECK-NEXT: %[[C2:.*]] = arith.cmpf ugt, %[[S1]], %[[HV]] : vector<16xf32>
// CHECK-NEXT: %[[S2:.*]] = arith.select %[[C2]], %[[HV]], %[[S1]] : vector<16xi1>, vector<16xf32>
// CHECK-NEXT: vector.transfer_write %[[S2]]
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @clip_fused(%x: tensor<1x4x10x18xf32>, %w: tensor<4x3x3xf32>, %bias: tensor<4xf32>, %lo: tensor<f32>, %hi: tensor<f32>) -> tensor<1x4x8x16xf32> {
  %e = tensor.empty() : tensor<1x4x8x16xf32>
  %b = linalg.broadcast ins(%bias : tensor<4xf32>) outs(%e : tensor<1x4x8x16xf32>) dimensions = [0, 2, 3]
  %c = linalg.depthwise_conv_2d_nchw_chw ins(%x, %w : tensor<1x4x10x18xf32>, tensor<4x3x3xf32>) outs(%b : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> ()>, affine_map<(a, b, c, d) -> ()>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c, %lo, %hi : tensor<1x4x8x16xf32>, tensor<f32>, tensor<f32>) outs(%e : tensor<1x4x8x16xf32>) {
  ^bb0(%in: f32, %l: f32, %h: f32, %out: f32):
    %0 = arith.cmpf ult, %in, %l : f32
    %1 = arith.select %0, %l, %in : f32
    %2 = arith.cmpf ugt, %1, %h : f32
    %3 = arith.select %2, %h, %1 : f32
    linalg.yield %3 : f32
  } -> tensor<1x4x8x16xf32>
  return %r : tensor<1x4x8x16xf32>
}

// -----

// CHECK-LABEL: func.func @two_users
// CHECK: scf.forall
// CHECK: linalg.generic
func.func @two_users(%x: tensor<1x4x10x18xf32>, %w: tensor<4x3x3xf32>, %o: tensor<1x4x8x16xf32>) -> (tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>) {
  %c = linalg.depthwise_conv_2d_nchw_chw ins(%x, %w : tensor<1x4x10x18xf32>, tensor<4x3x3xf32>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %e = tensor.empty() : tensor<1x4x8x16xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x4x8x16xf32>) outs(%e : tensor<1x4x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %0 = arith.negf %in : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x8x16xf32>
  return %c, %r : tensor<1x4x8x16xf32>, tensor<1x4x8x16xf32>
}

// -----

// A constant inside the body: the consumer stays a generic of its own.
// CHECK-LABEL: func.func @constant_in_body
// CHECK: scf.forall
// CHECK: linalg.generic
// CHECK: arith.mulf %{{.*}} : f32
func.func @constant_in_body(%x: tensor<1x4x10x18xf32>, %w: tensor<4x3x3xf32>, %o: tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %c = linalg.depthwise_conv_2d_nchw_chw ins(%x, %w : tensor<1x4x10x18xf32>, tensor<4x3x3xf32>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  %e = tensor.empty() : tensor<1x4x8x16xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a, b, c, d)>, affine_map<(a, b, c, d) -> (a, b, c, d)>],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%c : tensor<1x4x8x16xf32>) outs(%e : tensor<1x4x8x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %two = arith.constant 2.0 : f32
    %0 = arith.mulf %in, %two : f32
    linalg.yield %0 : f32
  } -> tensor<1x4x8x16xf32>
  return %r : tensor<1x4x8x16xf32>
}
