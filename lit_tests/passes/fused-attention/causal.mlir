// RUN: mlc-opt %s --fused-attention | FileCheck %s
// Causal attention as the CUDA target's attention fusion merged it (fill, Q Kᵀ, scale,
// causal select from linalg.index, max, exp(x - max), sum, fill, P V with the division
// fused in) becomes one kernel: a block per 4 query rows, a warp per row; the query rows
// staged once, then per 32-key tile K and V staged in shared memory between barriers, lane j
// scoring key j (the scale and the causal select applied in registers), five xor shuffles
// for the tile's maximum and five for its sum, the probabilities through shared memory, and
// one guarded store of the output. No linalg op and no store to an intermediate remains.

// CHECK: memref.global "private" @main_k2_batch_matmul_attention_attn_q : memref<4x8xf32, 3>
// CHECK: memref.global "private" @main_k2_batch_matmul_attention_attn_k : memref<32x9xf32, 3>
// CHECK-LABEL: func.func private @main_k2_batch_matmul_attention
// CHECK-NOT: linalg.generic {
// CHECK: scf.parallel (%[[BLOCK:.*]]) = (%{{.*}}) to (%{{.*}}) step
// CHECK: scf.parallel (%[[LANE:.*]], %[[ROW:.*]]) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}}) step
// CHECK: memref.store %{{.*}}, %{{.*}}[%{{.*}}, %{{.*}}] : memref<4x8xf32, 3>
// CHECK: scf.for {{.*}} iter_args({{.*}}) -> (f32, f32, f32) {
// CHECK: gpu.barrier
// CHECK: memref.store %{{.*}}, %{{.*}} : memref<32x9xf32, 3>
// CHECK: gpu.barrier
// CHECK: scf.for
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: arith.cmpi ugt
// CHECK: arith.select
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: math.exp
// CHECK: math.exp
// CHECK-COUNT-5: gpu.shuffle xor
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[ROW]], %[[LANE]]] : memref<4x32xf32, 3>
// CHECK-NEXT: gpu.barrier
// CHECK: scf.yield
// CHECK: scf.if
// CHECK: arith.divf
// CHECK: memref.store %{{.*}}, %arg4
// CHECK-NOT: memref.store
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = thread_x, {{.*}}>, #gpu.loop_dim_map<processor = thread_y, {{.*}}>]}
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = block_x, {{.*}}>]}
#map = affine_map<(d0, d1, d2) -> (d0, d2, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> ()>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>
#map5 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map6 = affine_map<(d0, d1) -> ()>
#map7 = affine_map<(d0, d1) -> (d0, d1)>
#map8 = affine_map<(d0, d1, d2) -> (d0, d1)>
module {
  func.func private @main_k2_batch_matmul_attention(%arg0: memref<1x7x8xf32>, %arg1: memref<1x8x40xf32>, %arg2: memref<1x7x40xf32>, %arg3: memref<1x7xf32>, %arg4: memref<1x7x8xf32>, %arg5: memref<1x40x8xf32>) attributes {mlc.attention = {roots = array<i64: 0, 1, 2, 3, 4, 5>}, mlc.kernel = "linalg.batch_matmul + linalg.generic + linalg.fill + linalg.generic + linalg.generic + linalg.fill + linalg.generic + linalg.generic + linalg.fill + linalg.batch_matmul (fused attention: 7 query rows x 40 keys, the scores in registers)", mlc.parallel_extents = array<i64: 1, 7, 40>, mlc.tile_sizes = array<i64: 1, 1, 32>, mlc.written = array<i64: 2, 3, 4>} {
    %cst = arith.constant 0.000000e+00 : f32
    linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst : f32) outs(%arg2 : memref<1x7x40xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    }
    linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%arg0, %arg1 : memref<1x7x8xf32>, memref<1x8x40xf32>) outs(%arg2 : memref<1x7x40xf32>) {
    ^bb0(%in: f32, %in_6: f32, %out: f32):
      %0 = arith.mulf %in, %in_6 : f32
      %1 = arith.addf %out, %0 : f32
      linalg.yield %1 : f32
    }
    %cst_0 = arith.constant 0.353553385 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2 : memref<1x7x40xf32>) outs(%arg2 : memref<1x7x40xf32>) {
    ^bb0(%in: f32, %out: f32):
      %0 = arith.mulf %in, %cst_0 : f32
      %1 = linalg.index 1 : index
      %2 = linalg.index 2 : index
      %3 = arith.cmpi ugt, %2, %1 : index
      %4 = arith.select %3, %cst_1, %0 : f32
      linalg.yield %4 : f32
    }
    %cst_2 = arith.constant 0xFF800000 : f32
    linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_2 : f32) outs(%arg3 : memref<1x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    }
    linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg2 : memref<1x7x40xf32>) outs(%arg3 : memref<1x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %0 = arith.maximumf %in, %out : f32
      linalg.yield %0 : f32
    }
    linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %arg3 : memref<1x7x40xf32>, memref<1x7xf32>) outs(%arg2 : memref<1x7x40xf32>) {
    ^bb0(%in: f32, %in_6: f32, %out: f32):
      %0 = arith.subf %in, %in_6 : f32
      %1 = math.exp %0 : f32
      linalg.yield %1 : f32
    }
    %cst_3 = arith.constant 0.000000e+00 : f32
    linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_3 : f32) outs(%arg3 : memref<1x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    }
    linalg.generic {indexing_maps = [#map1, #map8], iterator_types = ["parallel", "parallel", "reduction"]} ins(%arg2 : memref<1x7x40xf32>) outs(%arg3 : memref<1x7xf32>) {
    ^bb0(%in: f32, %out: f32):
      %0 = arith.addf %in, %out : f32
      linalg.yield %0 : f32
    }
    linalg.generic {indexing_maps = [#map1, #map8, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg2, %arg3 : memref<1x7x40xf32>, memref<1x7xf32>) outs(%arg2 : memref<1x7x40xf32>) {
    ^bb0(%in: f32, %in_6: f32, %out: f32):
      %0 = arith.divf %in, %in_6 : f32
      linalg.yield %0 : f32
    }
    %cst_4 = arith.constant 0.000000e+00 : f32
    linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_4 : f32) outs(%arg4 : memref<1x7x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    }
    %cst_5 = arith.constant 0.000000e+00 : f32
    linalg.generic {indexing_maps = [#map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_5 : f32) outs(%arg4 : memref<1x7x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    }
    linalg.generic {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%arg2, %arg5 : memref<1x7x40xf32>, memref<1x40x8xf32>) outs(%arg4 : memref<1x7x8xf32>) {
    ^bb0(%in: f32, %in_6: f32, %out: f32):
      %0 = arith.mulf %in, %in_6 : f32
      %1 = arith.addf %out, %0 : f32
      linalg.yield %1 : f32
    }
    return
  }
}
