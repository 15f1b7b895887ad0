// RUN: mlc-opt %s --coalesce --verify-diagnostics | FileCheck %s
// RUN: mlc-opt %s '--coalesce=stage=false' 2>&1 >/dev/null | FileCheck %s --check-prefix=NOSTAGE
// RUN: mlc-opt %s '--coalesce=padding=0' | FileCheck %s --check-prefix=PAD0
// RUN: mlc-opt %s '--coalesce=order=loop' 2>&1 >/dev/null | FileCheck %s --check-prefix=LOOP

// Whichever loop takes threadIdx.x, one side of a transpose is strided: coalesce puts the
// contiguous dimension of the output on x and stages the input through a padded 32x32 tile
// (32x8 threads, 4 rows each), read along rows and written along columns.

// CHECK: memref.global "private" @[[TILE:.*]] : memref<32x33xf32, 3>
// CHECK-LABEL: func.func @transpose
// CHECK: scf.parallel
// CHECK: scf.parallel (%[[TY:.*]], %[[TX:.*]]) =
// CHECK: %[[S:.*]] = memref.get_global @[[TILE]]
// CHECK: scf.for
// CHECK: %[[V:.*]] = memref.load %arg0
// CHECK: memref.store %[[V]], %[[S]]
// CHECK: gpu.barrier
// CHECK: scf.for
// CHECK: %[[W:.*]] = memref.load %[[S]]
// CHECK: memref.store %[[W]], %arg1
// CHECK: mapping = [#gpu.loop_dim_map<processor = thread_y{{.*}}>, #gpu.loop_dim_map<processor = thread_x{{.*}}>]
// CHECK-NOT: mlc.tile

// NOSTAGE: remark: coalesce: not vectorized: %arg0 is strided along the x loop
// NOSTAGE: remark: coalesce: threadIdx.x = d1 (32), threadIdx.y = d0 (8); sectors/request 18 (ideal 4) with threadIdx.x = d0 -> 18 (ideal 4)

// PAD0: memref.global "private" @{{.*}} : memref<32x32xf32, 3>

// LOOP: remark: coalesce: store of %arg1 staged through
// LOOP: threadIdx.x = d0 (32), threadIdx.y = d1 (8x4), 1 staged

func.func @transpose(%A: memref<256x512xf32>, %B: memref<512x256xf32>) {
  // expected-remark@+3 {{coalesce: load of %arg0 staged through @__mlc_stage_transpose_0 (32x33, padding 1)}}
  // expected-remark@+2 {{coalesce: not vectorized: accesses are staged through shared memory}}
  // expected-remark@+1 {{coalesce: threadIdx.x = d1 (32), threadIdx.y = d0 (8x4), 1 staged; sectors/request 18 (ideal 4) with threadIdx.x = d0 -> 4 (ideal 4)}}
  linalg.transpose ins(%A : memref<256x512xf32>) outs(%B : memref<512x256xf32>) permutation = [1, 0]
  return
}
