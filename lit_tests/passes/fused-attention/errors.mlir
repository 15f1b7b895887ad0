// RUN: not mlc-opt %s --fused-attention 2>&1 | FileCheck %s
// A kernel marked for attention that holds two matmuls and no softmax between them is
// refused, at the kernel, with why.
// CHECK: errors.mlir:8:1: error: fused-attention: no softmax (max, exp, sum) between the two contractions
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func private @two_matmuls(%x: memref<8x8xf32>, %w: memref<8x8xf32>, %y: memref<8x8xf32>, %z: memref<8x8xf32>) attributes {mlc.kernel = "matmul", mlc.attention = {roots = array<i64: 0, 1, 2, 3>}} {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%x, %w : memref<8x8xf32>, memref<8x8xf32>) outs(%y : memref<8x8xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %m = arith.mulf %p, %q : f32
    %r = arith.addf %o, %m : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%y, %w : memref<8x8xf32>, memref<8x8xf32>) outs(%z : memref<8x8xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %m = arith.mulf %p, %q : f32
    %r = arith.addf %o, %m : f32
    linalg.yield %r : f32
  }
  return
}
