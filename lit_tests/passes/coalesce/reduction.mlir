// RUN: mlc-opt %s --coalesce --verify-diagnostics | FileCheck %s
// RUN: mlc-opt %s '--coalesce=stage-tile=16' | FileCheck %s --check-prefix=STRIP
// RUN: mlc-opt %s '--coalesce=stage-tile=256' 2>&1 >/dev/null | FileCheck %s --check-prefix=BUDGET
// RUN: mlc-opt %s '--coalesce=stage-tile=256' 2>/dev/null | FileCheck %s --check-prefix=NOSTAGE

// A row sum: each thread owns a row, so a warp reads 32 rows. coalesce strip-mines the
// reduction loop, copies a 64x32 strip with consecutive threads on consecutive columns,
// and lets each thread sum its row from shared memory.

// CHECK-LABEL: func.func @row_sum
// CHECK: %[[S:.*]] = memref.get_global @{{.*}} : memref<64x33xf32, 3>
// CHECK: scf.for %[[ST:.*]] = %{{.*}} to %{{.*}} step %[[C32:.*]] {
// CHECK: memref.load %arg0
// CHECK: memref.store %{{.*}}, %[[S]]
// CHECK: gpu.barrier
// CHECK: scf.for %{{.*}} = %[[ST]] to
// CHECK: memref.load %[[S]]
// CHECK: gpu.barrier

// STRIP: memref.global "private" @{{.*}} : memref<64x17xf32, 3>

// Strips of 256 would take a 64x257 tile, more static shared memory than a block may have
// (compiler/targets/limits.py): the load is left unstaged, and ptxas never sees the kernel.
// BUDGET: remark: coalesce: not staged: its tiles would need 65792 bytes of shared memory, more than the 49152 a block may use statically
// NOSTAGE-LABEL: func.func @row_sum
// NOSTAGE-NOT: gpu.barrier
// NOSTAGE-LABEL: func.func @pool
// NOSTAGE: gpu.barrier

func.func @row_sum(%A: memref<1024x1024xf32>, %out: memref<1024xf32>) {
  %cst = arith.constant 0.0 : f32
  // expected-remark@+1 {{coalesce: threadIdx.x = d0 (64, vector 4); sectors/request 4 (ideal 4) with threadIdx.x = d0 -> 16 (ideal 16)}}
  linalg.fill ins(%cst : f32) outs(%out : memref<1024xf32>)
  // expected-remark@+3 {{coalesce: load of %arg0 staged through @__mlc_stage_row_sum_0 (64x33, padding 1) in strips of 32}}
  // expected-remark@+2 {{coalesce: not vectorized: accesses are staged through shared memory}}
  // expected-remark@+1 {{coalesce: threadIdx.x = d0 (64), 1 staged; sectors/request 13.33 (ideal 4) with threadIdx.x = d0 -> 4 (ideal 4)}}
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
    ins(%A : memref<1024x1024xf32>) outs(%out : memref<1024xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    linalg.yield %s : f32
  }
  return
}

// A reduction over two loops (global average pooling: h outer, w inner): the outer loop
// is uniform within each strip of the inner one, so w is staged per h, in strips of its
// 9 iterations (shorter than stage-tile).

// CHECK-LABEL: func.func @pool
// CHECK: %[[P:.*]] = memref.get_global @__mlc_stage_pool_0 : memref<2x32x9xf32, 3>
// CHECK: scf.for %[[H:.*]] = %{{.*}} to %{{.*}} step
// CHECK: scf.for %[[ST:.*]] = %{{.*}} to %{{.*}} step
// CHECK: %[[HI:.*]] = affine.apply #{{.*}}(%[[H]])
// CHECK: memref.load %arg0[%{{.*}}, %{{.*}}, %[[HI]], %{{.*}}]
// CHECK: memref.store %{{.*}}, %[[P]]
// CHECK: gpu.barrier
// CHECK: scf.for %{{.*}} = %[[ST]] to
// CHECK: memref.load %[[P]]
// CHECK: gpu.barrier
func.func @pool(%A: memref<3x20x7x9xf32>, %out: memref<3x20xf32>) {
  %zero = arith.constant 0.0 : f32
  // expected-remark@+1 {{coalesce: threadIdx.x = d1 (8, vector 4), threadIdx.y = d0 (4); sectors/request 3 (ideal 3) with threadIdx.x = d0 -> 8 (ideal 8)}}
  linalg.fill ins(%zero : f32) outs(%out : memref<3x20xf32>)
  // expected-remark@+3 {{coalesce: load of %arg0 staged through @__mlc_stage_pool_0 (2x32x9, padding 0) in strips of 9}}
  // expected-remark@+2 {{coalesce: not vectorized: accesses are staged through shared memory}}
  // expected-remark@+1 {{coalesce: threadIdx.x = d1 (32), threadIdx.y = d0 (2), 1 staged; sectors/request 3 (ideal 3) with threadIdx.x = d0 -> 4.09 (ideal 3.25)}}
  linalg.generic {indexing_maps = [affine_map<(n, c, h, w) -> (n, c, h, w)>, affine_map<(n, c, h, w) -> (n, c)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
    ins(%A : memref<3x20x7x9xf32>) outs(%out : memref<3x20xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %acc, %a : f32
    linalg.yield %s : f32
  }
  return
}
