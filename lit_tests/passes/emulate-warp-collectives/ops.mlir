// RUN: mlc-opt %s --split-input-file --emulate-warp-collectives | FileCheck %s
// RUN: mlc-opt %s --split-input-file --emulate-warp-collectives --serialize-barriers \
// RUN:   | FileCheck %s --check-prefix=SERIAL
// Warp-collective ops become per-lane code: operands published to workgroup scratch memory
// (warp x lane), a barrier, each lane's own result from its peers' operands, a barrier.
// cp.async becomes a synchronous copy that zero-fills past its source size.

// CHECK-DAG: memref.global "private" @mma_warp_scratch_{{[0-9]+}} : memref<1x32x2xindex, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.global "private" @mma_warp_scratch_{{[0-9]+}} : memref<1x16x16xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.global "private" @mma_warp_scratch_{{[0-9]+}} : memref<1x8x16xf32, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func @mma
// CHECK-NOT: nvgpu.
// CHECK: scf.if %{{.*}} -> (f16) {
// CHECK: memref.load %arg0
// CHECK: } else {
// CHECK: memref.store %{{.*}}, %[[SA:.*]][
// CHECK: gpu.barrier
// CHECK: %[[ADDR:.*]] = memref.get_global @mma_warp_scratch_{{[0-9]+}} : memref<1x32x2xindex
// CHECK: memref.store %{{.*}}, %[[ADDR]][%[[WARP:.*]], %[[LANE:.*]], %{{.*}}]
// CHECK: gpu.barrier
// CHECK: memref.load %[[ADDR]][%[[WARP]], %{{.*}}, %{{.*}}]
// CHECK: memref.load %[[SA]][
// CHECK: vector.insert %{{.*}} [0, 0] : f16 into vector<4x2xf16>
// CHECK: gpu.barrier
// CHECK: %[[TA:.*]] = memref.get_global @mma_warp_scratch_{{[0-9]+}} : memref<1x16x16xf32
// CHECK: %[[TB:.*]] = memref.get_global @mma_warp_scratch_{{[0-9]+}} : memref<1x8x16xf32
// CHECK: arith.extf %{{.*}} : f16 to f32
// CHECK: memref.store %{{.*}}, %[[TA]]
// CHECK: memref.store %{{.*}}, %[[TB]]
// CHECK: gpu.barrier
// CHECK: %[[ROW:.*]] = vector.load %[[TA]][{{.*}}] : memref<1x16x16xf32, #gpu.address_space<workgroup>>, vector<16xf32>
// CHECK: %[[COL:.*]] = vector.load %[[TB]][{{.*}}] : memref<1x8x16xf32, #gpu.address_space<workgroup>>, vector<16xf32>
// CHECK: %[[PROD:.*]] = arith.mulf %[[ROW]], %[[COL]] : vector<16xf32>
// CHECK: vector.reduction <add>, %[[PROD]], %{{.*}} : vector<16xf32> into f32
// CHECK: gpu.barrier

// SERIAL-LABEL: func.func @mma
// SERIAL-NOT: gpu.barrier
// SERIAL-NOT: nvgpu.
// SERIAL: return
#tx = #gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>
memref.global "private" @sa : memref<16x16xf16, 3>
func.func @mma(%a: memref<16x16xf16>, %c: memref<32x4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  %c32 = arith.constant 32 : index
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %sa = memref.get_global @sa : memref<16x16xf16, 3>
    %row = arith.remui %t, %c16 : index
    %col = arith.muli %c8, %c0 : index
    %n = arith.constant 5 : index
    %tok = nvgpu.device_async_copy %a[%row, %col], %sa[%row, %col], 8, %n : memref<16x16xf16> to memref<16x16xf16, 3>
    %g = nvgpu.device_async_create_group %tok
    nvgpu.device_async_wait %g {numGroups = 0 : i32}
    gpu.barrier
    %fa = nvgpu.ldmatrix %sa[%row, %c0] {numTiles = 4 : i32, transpose = false} : memref<16x16xf16, 3> -> vector<4x2xf16>
    %fb = nvgpu.ldmatrix %sa[%row, %c0] {numTiles = 2 : i32, transpose = true} : memref<16x16xf16, 3> -> vector<2x2xf16>
    %z = arith.constant dense<0.0> : vector<2x2xf32>
    %d = nvgpu.mma.sync (%fa, %fb, %z) {mmaShape = [16, 8, 16]} : (vector<4x2xf16>, vector<2x2xf16>, vector<2x2xf32>) -> vector<2x2xf32>
    %d0 = vector.extract %d[0, 0] : f32 from vector<2x2xf32>
    memref.store %d0, %c[%t, %c0] : memref<32x4xf32>
    scf.reduce
  } {mapping = [#tx]}
  return
}

// -----

// CHECK-LABEL: func.func @shuffle
// CHECK-NOT: gpu.shuffle
// CHECK-NOT: gpu.lane_id
// CHECK: %[[BUF:.*]] = memref.get_global @shuffle_warp_scratch_{{[0-9]+}} : memref<1x32xf32
// CHECK: memref.store %{{.*}}, %[[BUF]]
// CHECK: gpu.barrier
// CHECK: %[[SRC:.*]] = arith.xori
// CHECK: arith.select %{{.*}}, %[[SRC]],
// CHECK: memref.load %[[BUF]]
// CHECK: gpu.barrier
#tx = #gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>
func.func @shuffle(%x: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %o = arith.constant 1 : i32
  %w = arith.constant 32 : i32
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %v = memref.load %x[%t] : memref<32xf32>
    %s, %valid = gpu.shuffle xor %v, %o, %w : f32
    %l = gpu.lane_id
    memref.store %s, %x[%l] : memref<32xf32>
    scf.reduce
  } {mapping = [#tx]}
  return
}
