// REQUIRES: ptxas
// RUN: mlc-compile --target cuda %s -o %t.mlc && %PYTHON -m mlc.runtime.cli info %t.mlc | FileCheck %s

// With ptxas installed, every kernel is assembled for the target and its
// registers, spills and shared memory are recorded in the manifest. (The f32 convolution is an
// implicit GEMM on simt-gemm: shared-memory tiles; the copy of %init is its initial accumulator.)

// CHECK: main_k1_conv_2d_nhwc_hwcf_kernel: grid [{{[0-9]+}}, {{[0-9]+}}, {{[0-9]+}}] block [{{[0-9]+}}, {{[0-9]+}}, 1]; regs {{[1-9][0-9]*}}, spills 0/0 B, smem {{[1-9][0-9]*}} B  <- linalg.copy + linalg.conv_2d_nhwc_hwcf
func.func @main(%x: tensor<1x18x18x4xf32>, %w: tensor<3x3x4x8xf32>, %init: tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32> {
  %r = linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
      ins(%x, %w : tensor<1x18x18x4xf32>, tensor<3x3x4x8xf32>) outs(%init : tensor<1x16x16x8xf32>) -> tensor<1x16x16x8xf32>
  return %r : tensor<1x16x16x8xf32>
}
