// 3x3 convolution, NCHW input and FCHW filter.
func.func @conv2d_nchw(%in: memref<1x16x66x66xf32>, %w: memref<32x16x3x3xf32>, %out: memref<1x32x64x64xf32>) {
  %zero = arith.constant 0.0 : f32
  linalg.fill ins(%zero : f32) outs(%out : memref<1x32x64x64xf32>)
  linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
    ins(%in, %w : memref<1x16x66x66xf32>, memref<32x16x3x3xf32>) outs(%out : memref<1x32x64x64xf32>)
  return
}
