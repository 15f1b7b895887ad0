// 3x3 convolution, NHWC input and HWCF filter.
func.func @conv2d_nhwc(%in: memref<1x66x66x16xf32>, %w: memref<3x3x16x32xf32>, %out: memref<1x64x64x32xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%out : memref<1x64x64x32xf32>)
  linalg.conv_2d_nhwc_hwcf {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%in, %w : memref<1x66x66x16xf32>, memref<3x3x16x32xf32>) outs(%out : memref<1x64x64x32xf32>)
  return
}
