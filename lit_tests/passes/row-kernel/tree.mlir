// RUN: mlc-opt %s --split-input-file --row-kernel | FileCheck %s
// A tree's first level (split > 1, as the CUDA target's row fusion marks a large full
// reduction): 264 blocks of 256 threads, block b taking the chunks of 256 at b * 256,
// b * 256 + 264 * 256, ... of the row (a grid-strided loop, ragged tail guarded), folding
// them with shuffles and across warps through shared memory into its partial, stored to
// the last parameter at [b] by thread 0, without the output's initial value.

// CHECK: #[[STRIDED:.*]] = affine_map<(d0, d1, d2) -> (d0 * 67584 + d1 + d2 * 256)>
// CHECK-LABEL: func.func private @sum_parts
// CHECK-SAME: %[[X:[^:]*]]: memref<1000003xf32>, %[[OUT:[^:]*]]: memref<f32>, %[[P:[^:]*]]: memref<264xf32>
// CHECK: scf.parallel (%[[BLOCK:.*]]) = (%{{.*}}) to (%[[NB:.*]]) step
// CHECK: scf.parallel (%[[LANE:.*]]) = {{.*}} {
// CHECK: scf.for %[[I:.*]] = {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (f32)
// CHECK: affine.apply #[[STRIDED]](%[[I]], %[[LANE]], %[[BLOCK]])
// CHECK: arith.cmpi ult
// CHECK: memref.load %[[X]]
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: gpu.barrier
// CHECK-NOT: memref.load %[[OUT]]
// CHECK: scf.if
// CHECK-NEXT: memref.store %{{.*}}, %[[P]][%[[BLOCK]]]
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = thread_x, {{.*}}>]}
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = block_x, {{.*}}>]}
// CHECK-NOT: linalg.generic
func.func private @sum_parts(%x: memref<1000003xf32>, %out: memref<f32>, %p: memref<264xf32>) attributes {mlc.kernel = "sum", mlc.rows = {dims = 0 : i64, threads = 256 : i64, rows_per_block = 1 : i64, split = 264 : i64}} {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%x : memref<1000003xf32>) outs(%out : memref<f32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  }
  return
}

// -----
// Few long rows: 3 rows of 2 x 50000 f16 (f32 accumulators) split 40 ways, 120 blocks;
// block b takes row b / 40, part b mod 40; the partials are 3 x 40.

// CHECK: #[[OUTER:.*]] = affine_map<(d0, d1, d2) -> ((d0 * 10240 + d1 + (d2 mod 40) * 256) floordiv 50000)>
// CHECK-LABEL: func.func private @rows_parts
// CHECK-SAME: %[[P:[^:]*]]: memref<3x40xf32>
// CHECK: scf.parallel (%[[BLOCK:.*]]) =
// CHECK: %[[ROW:.*]] = arith.divui %[[BLOCK]], %{{.*}}
// CHECK: %[[PART:.*]] = arith.remui %[[BLOCK]], %{{.*}}
// CHECK: affine.apply #[[OUTER]]
// CHECK: arith.extf
// CHECK: memref.store %{{.*}}, %[[P]][%[[ROW]], %[[PART]]]
func.func private @rows_parts(%x: memref<3x2x50000xf16>, %out: memref<3xf32>, %p: memref<3x40xf32>) attributes {mlc.kernel = "sum", mlc.rows = {dims = 1 : i64, threads = 256 : i64, rows_per_block = 1 : i64, split = 40 : i64}} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d1, d2)>, affine_map<(d0, d1, d2) -> (d0)>], iterator_types = ["parallel", "reduction", "reduction"]} ins(%x : memref<3x2x50000xf16>) outs(%out : memref<3xf32>) {
  ^bb0(%a: f16, %o: f32):
    %e = arith.extf %a : f16 to f32
    %r = arith.addf %e, %o : f32
    linalg.yield %r : f32
  }
  return
}

