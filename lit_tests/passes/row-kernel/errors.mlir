// RUN: not mlc-opt %s --row-kernel 2>&1 | FileCheck %s
// A kernel marked for rows whose reduction reads a broadcast input (a contraction) is refused,
// at the kernel, with why.
// CHECK: errors.mlir:5:1: error: row-kernel: it reduces an input that is not its row's (a contraction)
func.func private @matvec(%a: memref<8x16xf32>, %x: memref<16xf32>, %y: memref<8xf32>) attributes {mlc.kernel = "matvec", mlc.rows = {dims = 1 : i64, threads = 32 : i64, rows_per_block = 1 : i64}} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]} ins(%a, %x : memref<8x16xf32>, memref<16xf32>) outs(%y : memref<8xf32>) {
  ^bb0(%p: f32, %q: f32, %o: f32):
    %m = arith.mulf %p, %q : f32
    %r = arith.addf %m, %o : f32
    linalg.yield %r : f32
  }
  return
}
