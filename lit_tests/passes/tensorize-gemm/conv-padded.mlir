// RUN: mlc-opt %s --tensorize-gemm | FileCheck %s
// A convolution kernel that pads its image first (zeros into %P, the image into a subview of
// it: tensor.pad after bufferization) and starts from a broadcast bias (the CUDA target merges
// those kernels into the convolution's): the GEMM reads the unpadded image %X, its indices
// shifted by the padding and clamped, with cp.async's source size 0 where they fall outside
// (zero-fill); the accumulators start from the bias. %P is never touched.

// CHECK-LABEL: func.func private @padded
// CHECK-NOT: %arg0[
// CHECK: memref.load %arg3[
// CHECK: arith.cmpi sge
// CHECK: arith.maxsi
// CHECK: nvgpu.device_async_copy %arg1[{{.*}}], %{{.*}}[{{.*}}], 8, %{{.*}} {bypassL1} : memref<1x8x8x16xf16>
// CHECK: nvgpu.mma.sync
// CHECK-NOT: %arg0[
// CHECK-NOT: linalg.generic
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func private @padded(%P: memref<1x10x10x16xf16>, %X: memref<1x8x8x16xf16>, %W: memref<3x3x16x32xf16>, %bias: memref<32xf32>, %C: memref<1x8x8x32xf32>) attributes {mlc.kernel = "linalg.map + linalg.copy + linalg.broadcast + linalg.conv_2d_nhwc_hwcf"} {
  %zero = arith.constant 0.000000e+00 : f16
  %sv = memref.subview %P[0, 1, 1, 0] [1, 8, 8, 16] [1, 1, 1, 1] : memref<1x10x10x16xf16> to memref<1x8x8x16xf16, strided<[1600, 160, 16, 1], offset: 176>>
  linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%P : memref<1x10x10x16xf16>) {
  ^bb0(%out: f16):
    linalg.yield %zero : f16
  }
  linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%X : memref<1x8x8x16xf16>) outs(%sv : memref<1x8x8x16xf16, strided<[1600, 160, 16, 1], offset: 176>>) {
  ^bb0(%in: f16, %out: f16):
    linalg.yield %in : f16
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d3)>, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%bias : memref<32xf32>) outs(%C : memref<1x8x8x32xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.generic {indexing_maps = [affine_map<(n, oh, ow, f, kh, kw, c) -> (n, oh + kh, ow + kw, c)>, affine_map<(n, oh, ow, f, kh, kw, c) -> (kh, kw, c, f)>, affine_map<(n, oh, ow, f, kh, kw, c) -> (n, oh, ow, f)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%P, %W : memref<1x10x10x16xf16>, memref<3x3x16x32xf16>) outs(%C : memref<1x8x8x32xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
