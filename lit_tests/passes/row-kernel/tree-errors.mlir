// RUN: not mlc-opt %s --row-kernel 2>&1 | FileCheck %s
// A tree's first level (split > 1) whose last parameter is not the buffer of its partials is
// refused, at the kernel, with the type it must have.
// CHECK: tree-errors.mlir:5:1: error: row-kernel: the last parameter must be the partials, a memref<8xf32>
func.func private @no_partials(%x: memref<4096xf32>, %out: memref<f32>) attributes {mlc.kernel = "sum", mlc.rows = {dims = 0 : i64, threads = 256 : i64, rows_per_block = 1 : i64, split = 8 : i64}} {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%x : memref<4096xf32>) outs(%out : memref<f32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  }
  return
}
