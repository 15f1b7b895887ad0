// RUN: mlc-opt %s --split-input-file --row-kernel | FileCheck %s
// A kernel the CUDA target's row fusion formed from softmax's ops (fill, max, exp, fill, sum,
// divide) runs a warp per row, four rows per block: each op loops over the row with the
// lanes taking consecutive elements, each reduction folds lane partials with five
// butterfly shuffles. Ops whose lanes touch only what they wrote need no barrier; the
// reductions' results are written alike by every lane.

// CHECK-LABEL: func.func private @softmax
// CHECK: scf.parallel (%[[BLOCK:.*]]) = {{.*}} {
// CHECK: scf.parallel (%[[LANE:.*]], %[[SLOT:.*]]) = {{.*}} {
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (f32)
// CHECK: arith.maximumf
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: math.exp
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: arith.divf
// CHECK-NOT: gpu.barrier
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = thread_x, {{.*}}>, #gpu.loop_dim_map<processor = thread_y, {{.*}}>]}
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = block_x, {{.*}}>]}
// CHECK-NOT: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
#scalar = affine_map<(d0) -> ()>
#vec = affine_map<(d0) -> (d0)>
func.func private @softmax(%x: memref<8x40xf32>, %m: memref<8xf32>, %e: memref<8x40xf32>, %s: memref<8xf32>, %y: memref<8x40xf32>) attributes {mlc.kernel = "softmax", mlc.rows = {dims = 1 : i64, threads = 32 : i64, rows_per_block = 4 : i64, roots = array<i64: 0, 1, 2, 3, 4>}} {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  linalg.generic {indexing_maps = [#scalar, #vec], iterator_types = ["parallel"]} ins(%ninf : f32) outs(%m : memref<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : memref<8x40xf32>) outs(%m : memref<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %m : memref<8x40xf32>, memref<8xf32>) outs(%e : memref<8x40xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#scalar, #vec], iterator_types = ["parallel"]} ins(%zero : f32) outs(%s : memref<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%e : memref<8x40xf32>) outs(%s : memref<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%e, %s : memref<8x40xf32>, memref<8xf32>) outs(%y : memref<8x40xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  }
  return
}

// -----

// A long row takes a block of 256 threads: the warps' partials meet in a shared buffer, read
// back in warp order by every thread, between barriers. Reading the centred row reversed
// needs a barrier first: other lanes wrote those elements.

// CHECK: memref.global "private" @block_row_rows_f32 : memref<1x8xf32, 3>
// CHECK-LABEL: func.func private @block_row
// CHECK: scf.parallel
// CHECK: memref.get_global @block_row_rows_f32
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: memref.store %{{.*}}, %{{.*}}[%{{.*}}, %{{.*}}] : memref<1x8xf32, 3>
// CHECK: gpu.barrier
// CHECK-COUNT-7: arith.addf
// CHECK-NEXT: gpu.barrier
// CHECK: arith.subf
// CHECK: gpu.barrier
// CHECK: affine.apply
// CHECK: memref.load %arg2
// CHECK-NOT: gpu.barrier
#id = affine_map<(d0, d1) -> (d0, d1)>
#t = affine_map<(d0, d1) -> (d0, 4999 - d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func private @block_row(%x: memref<2x5000xf32>, %s: memref<2xf32>, %e: memref<2x5000xf32>, %y: memref<2x5000xf32>) attributes {mlc.kernel = "center-reverse", mlc.rows = {dims = 1 : i64, threads = 256 : i64, rows_per_block = 1 : i64, roots = array<i64: 0, 1, 2, 3>}} {
  linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]} ins(%x : memref<2x5000xf32>) outs(%s : memref<2xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%x, %s : memref<2x5000xf32>, memref<2xf32>) outs(%e : memref<2x5000xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]} ins(%e : memref<2x5000xf32>) outs(%y : memref<2x5000xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  }
  return
}
