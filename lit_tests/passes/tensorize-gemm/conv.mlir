// RUN: mlc-opt %s --split-input-file --tensorize-gemm | FileCheck %s
// Convolutions as implicit GEMMs: the output and the filter are collapsed into GEMM
// matrices, the image is gathered (its indices computed from the decomposed m and k
// coordinates), and the rest is the GEMM kernel: cp.async stages, ldmatrix, mma.sync.

// CHECK-LABEL: func.func private @nhwc
// NHWC / HWCF: m = (n, oh, ow), n = f, k = (kh, kw, c). The image is contiguous along c
// (64 channels): 16-byte cp.async chunks of 8 channels at (n, oh * 2 + kh, ow * 2 + kw).
// CHECK-DAG: memref.collapse_shape %arg1 {{\[}}[0, 1, 2], [3]] : memref<3x3x64x32xf16> into memref<576x32xf16>
// CHECK-DAG: memref.collapse_shape %arg2 {{\[}}[0, 1, 2], [3]] : memref<2x4x4x32xf32> into memref<32x32xf32>
// CHECK: nvgpu.device_async_copy %arg0[{{.*}}], %{{.*}}[{{.*}}], 8, %{{.*}} {bypassL1} : memref<2x9x9x64xf16>
// CHECK: nvgpu.ldmatrix
// CHECK: nvgpu.mma.sync({{.*}}) {mmaShape = [16, 8, 16]}
// CHECK-NOT: linalg.generic
func.func private @nhwc(%X: memref<2x9x9x64xf16>, %W: memref<3x3x64x32xf16>, %C: memref<2x4x4x32xf32>) attributes {mlc.kernel = "linalg.conv_2d_nhwc_hwcf"} {
  linalg.generic {indexing_maps = [affine_map<(n, oh, ow, f, kh, kw, c) -> (n, oh * 2 + kh, ow * 2 + kw, c)>, affine_map<(n, oh, ow, f, kh, kw, c) -> (kh, kw, c, f)>, affine_map<(n, oh, ow, f, kh, kw, c) -> (n, oh, ow, f)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%X, %W : memref<2x9x9x64xf16>, memref<3x3x64x32xf16>) outs(%C : memref<2x4x4x32xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @nchw_dilated
// NCHW / FCHW: the batch n is the grid's z, m = f, n = (oh, ow), k = (c, kh, kw). The filter
// is contiguous along k (cp.async); the dilated image row is not contiguous along (oh, ow):
// it is staged element by element (plain loads) and read with ldmatrix.trans.
// CHECK-DAG: memref.collapse_shape %arg1 {{\[}}[0], [1, 2, 3]] : memref<32x16x3x3xf16> into memref<32x144xf16>
// CHECK-DAG: memref.collapse_shape %arg2 {{\[}}[0], [1], [2, 3]] : memref<2x32x6x6xf32> into memref<2x32x36xf32>
// CHECK: nvgpu.device_async_copy %{{.*}}[{{.*}}], %{{.*}}[{{.*}}], 8, %{{.*}} {bypassL1} : memref<32x144xf16>
// CHECK: memref.load %arg0[{{.*}}] : memref<2x16x10x10xf16>
// CHECK: nvgpu.ldmatrix %{{.*}} {numTiles = 4 : i32, transpose = true}
// CHECK: nvgpu.mma.sync
func.func private @nchw_dilated(%X: memref<2x16x10x10xf16>, %W: memref<32x16x3x3xf16>, %C: memref<2x32x6x6xf32>) attributes {mlc.kernel = "linalg.conv_2d_nchw_fchw"} {
  linalg.generic {indexing_maps = [affine_map<(n, f, oh, ow, c, kh, kw) -> (n, c, oh + kh * 2, ow + kw * 2)>, affine_map<(n, f, oh, ow, c, kh, kw) -> (f, c, kh, kw)>, affine_map<(n, f, oh, ow, c, kh, kw) -> (n, f, oh, ow)>], iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction", "reduction", "reduction"]} ins(%X, %W : memref<2x16x10x10xf16>, memref<32x16x3x3xf16>) outs(%C : memref<2x32x6x6xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @two_reductions
// A contraction over two reduction loops (a linear layer on a flattened feature map) is one
// GEMM with k = (d2, d3): both operands collapse into matrices.
// CHECK-DAG: memref.collapse_shape %arg0 {{\[}}[0], [1, 2]] : memref<4x8x16xf16> into memref<4x128xf16>
// CHECK-DAG: memref.collapse_shape %arg1 {{\[}}[0, 1], [2]] : memref<8x16x32xf16> into memref<128x32xf16>
// CHECK: nvgpu.mma.sync
func.func private @two_reductions(%A: memref<4x8x16xf16>, %B: memref<8x16x32xf16>, %C: memref<4x32xf32>) attributes {mlc.kernel = "linalg.generic"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d2, d3, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%A, %B : memref<4x8x16xf16>, memref<8x16x32xf16>) outs(%C : memref<4x32xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
