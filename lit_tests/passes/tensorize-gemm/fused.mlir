// RUN: mlc-opt %s --split-input-file --tensorize-gemm | FileCheck %s
// A kernel that fills C, accumulates into it and applies an elementwise op reading it (the
// CUDA target merges those kernels into one) becomes one GEMM: the fill constant is the
// initial accumulator, the elementwise body runs on the fragments, and only its output is
// stored. The epilogue may read C through a reshape (a 2-D matmul feeding a 3-D op).

// CHECK-LABEL: func.func private @linear
// CHECK-NOT: vector.load %arg2
// CHECK: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : vector<2x2xf32>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[ZERO]]
// CHECK: nvgpu.mma.sync
// CHECK: scf.yield %{{.*}} : vector<2x2xf32>
// CHECK: %[[BIAS:.*]] = memref.load %arg3[
// CHECK: %[[SUM:.*]] = arith.addf %{{.*}}, %[[BIAS]] : f32
// CHECK: %[[RELU:.*]] = arith.maximumf %[[SUM]], %{{.*}} : f32
// CHECK: %[[HALF:.*]] = arith.truncf %[[RELU]] : f32 to f16
// CHECK: %[[PAIR:.*]] = vector.from_elements %[[HALF]], %{{.*}} : vector<2xf16>
// CHECK: vector.store %[[PAIR]], %arg4[{{.*}}] {alignment = 4 : i64} : memref<64x64xf16>, vector<2xf16>
// CHECK-NOT: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
#scalar = affine_map<(d0, d1) -> ()>
func.func private @linear(%X: memref<64x32xf16>, %W: memref<64x32xf16>, %C: memref<64x64xf32>, %bias: memref<64xf32>, %D: memref<64x64xf16>) attributes {mlc.kernel = "linalg.fill + linalg.matmul + linalg.generic"} {
  %zero = arith.constant 0.000000e+00 : f32
  linalg.generic {indexing_maps = [#scalar, #id], iterator_types = ["parallel", "parallel"]} ins(%zero : f32) outs(%C : memref<64x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  }
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%X, %W : memref<64x32xf16>, memref<64x32xf16>) outs(%C : memref<64x64xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  %floor = arith.constant 0.000000e+00 : f32
  linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%C, %bias : memref<64x64xf32>, memref<64xf32>) outs(%D : memref<64x64xf16>) {
  ^bb0(%c: f32, %b: f32, %out: f16):
    %sum = arith.addf %c, %b : f32
    %relu = arith.maximumf %sum, %floor : f32
    %half = arith.truncf %relu : f32 to f16
    linalg.yield %half : f16
  }
  return
}

// -----

// CHECK-LABEL: func.func private @reshaped
// The 3-D epilogue's coordinates come from the matmul's row: (row / 16, row % 16, column).
// CHECK: vector.load %arg2[
// CHECK: nvgpu.mma.sync
// CHECK: scf.yield %{{.*}} : vector<2x2xf32>
// CHECK: %[[B:.*]] = arith.divui %[[ROW:.*]], %c16{{.*}} : index
// CHECK: %[[S:.*]] = arith.remui %[[ROW]], %c16{{.*}} : index
// CHECK: scf.if
// CHECK: %[[R:.*]] = memref.load %arg3[%{{.*}}, %{{.*}}, %[[COL:.*]]] : memref<2x16x64xf16>
// CHECK: arith.extf %[[R]] : f16 to f32
// CHECK: vector.store %{{.*}}, %arg4[%[[B]], %[[S]], %[[COL]]] {alignment = 4 : i64} : memref<2x16x64xf16>, vector<2xf16>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
func.func private @reshaped(%X: memref<32x32xf16>, %W: memref<32x64xf16>, %C: memref<32x64xf32>, %residual: memref<2x16x64xf16>, %D: memref<2x16x64xf16>) attributes {mlc.kernel = "linalg.matmul + linalg.generic"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%X, %W : memref<32x32xf16>, memref<32x64xf16>) outs(%C : memref<32x64xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  %C3 = memref.expand_shape %C [[0, 1], [2]] output_shape [2, 16, 64] : memref<32x64xf32> into memref<2x16x64xf32>
  linalg.generic {indexing_maps = [#id3, #id3, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%C3, %residual : memref<2x16x64xf32>, memref<2x16x64xf16>) outs(%D : memref<2x16x64xf16>) {
  ^bb0(%c: f32, %r: f16, %out: f16):
    %re = arith.extf %r : f16 to f32
    %sum = arith.addf %c, %re : f32
    %half = arith.truncf %sum : f32 to f16
    linalg.yield %half : f16
  }
  return
}
