// RUN: mlc-compile --target cuda --arch sm_80 %s --emit mlir --to-stage kernels | FileCheck %s

// A padded convolution with a bias, residual add and ReLU after it (f16 inputs, f32 result):
// tensor.pad's fill and copy, the fill of the accumulator, the convolution and the
// elementwise op merge into one implicit-GEMM kernel for tensorize-gemm; the host launches it
// once, passing the unpadded image (the padded buffer is never written).

// CHECK: func.func private @main_k{{[0-9]+}}_conv_2d_nchw_fchw(
// CHECK-SAME: mlc.gemm = "tensorize-gemm{
// CHECK-SAME: mlc.kernel = "linalg.map + linalg.copy + linalg.fill + linalg.conv_2d_nchw_fchw + linalg.generic"
// CHECK-LABEL: func.func @main(
// CHECK-SAME: %[[X:[a-z0-9]+]]: memref<1x8x6x6xf16>
// CHECK: call @main_k{{[0-9]+}}_conv_2d_nchw_fchw({{.*}}%[[X]]
// CHECK-NOT: call
// CHECK: return
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @main(%x: tensor<1x8x6x6xf16>, %w: tensor<16x8x3x3xf16>, %bias: tensor<16xf32>, %res: tensor<1x16x6x6xf32>) -> tensor<1x16x6x6xf32> {
  %zero = arith.constant 0.0 : f32
  %pz = arith.constant 0.0 : f16
  %xp = tensor.pad %x low[0, 0, 1, 1] high[0, 0, 1, 1] {
  ^bb0(%i0: index, %i1: index, %i2: index, %i3: index):
    tensor.yield %pz : f16
  } : tensor<1x8x6x6xf16> to tensor<1x8x8x8xf16>
  %e = tensor.empty() : tensor<1x16x6x6xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<1x16x6x6xf32>) -> tensor<1x16x6x6xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
      ins(%xp, %w : tensor<1x8x8x8xf16>, tensor<16x8x3x3xf16>) outs(%f : tensor<1x16x6x6xf32>) -> tensor<1x16x6x6xf32>
  %e2 = tensor.empty() : tensor<1x16x6x6xf32>
  %r = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1, d2, d3) -> (d1)>, #id, #id],
      iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%y, %bias, %res : tensor<1x16x6x6xf32>, tensor<16xf32>, tensor<1x16x6x6xf32>) outs(%e2 : tensor<1x16x6x6xf32>) {
  ^bb0(%a: f32, %b: f32, %s: f32, %o: f32):
    %ab = arith.addf %a, %b : f32
    %abs = arith.addf %ab, %s : f32
    %relu = arith.maximumf %abs, %zero : f32
    linalg.yield %relu : f32
  } -> tensor<1x16x6x6xf32>
  return %r : tensor<1x16x6x6xf32>
}

