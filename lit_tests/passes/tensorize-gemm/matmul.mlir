// RUN: mlc-opt %s --tensorize-gemm | FileCheck %s
// RUN: mlc-opt %s --pass-pipeline='builtin.module(tensorize-gemm{block=64,64,32 warp=32,32 stages=4})' \
// RUN:   | FileCheck %s --check-prefix=SMALL
// RUN: mlc-opt %s --pass-pipeline='builtin.module(tensorize-gemm{swizzle=false})' | FileCheck %s --check-prefix=PLAIN
// A 128x128x64 f16 matmul (tiles divide it: no predication). Shared tiles keep the contiguous
// dimension innermost and have one slice per stage; A (k-contiguous) is read with ldmatrix,
// B (n-contiguous) with ldmatrix.trans. The prologue fills stages-1 k-tiles, one cp.async
// group each; the loop waits for the oldest, synchronizes, prefetches and multiplies.

// CHECK-DAG: memref.global "private" @mm_smem_a : memref<3x128x32xf16, #gpu.address_space<workgroup>> {alignment = 128 : i64}
// CHECK-DAG: memref.global "private" @mm_smem_b : memref<3x32x128xf16, #gpu.address_space<workgroup>> {alignment = 128 : i64}
// CHECK-LABEL: func.func private @mm
// CHECK-SAME: mlc.tensorized = {block = array<i64: 128, 128, 32>
// CHECK: scf.parallel (%[[BY:.*]], %[[BX:.*]]) =
// CHECK: scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%[[THREADS:.*]]) step
// CHECK-DAG: %[[SB:.*]] = memref.get_global @mm_smem_b
// CHECK-DAG: %[[SA:.*]] = memref.get_global @mm_smem_a
// CHECK: vector.load %arg2[{{.*}}] {alignment = 8 : i64} : memref<128x128xf32>, vector<2xf32>
// CHECK: %[[SWZ:.*]] = arith.xori
// CHECK: nvgpu.device_async_copy %arg0[{{.*}}], %[[SA]][{{.*}}, %[[SWZ]]], 8 {bypassL1} : memref<128x64xf16> to memref<3x128x32xf16
// CHECK: nvgpu.device_async_copy %arg1[{{.*}}], %[[SB]][{{.*}}], 8 {bypassL1}
// CHECK: %[[G0:.*]] = nvgpu.device_async_create_group
// CHECK: %[[G1:.*]] = nvgpu.device_async_create_group
// CHECK: %[[ACC:.*]]:32 = scf.for %[[K:.*]] = {{.*}} iter_args({{.*}}) -> (vector<2x2xf32>
// CHECK-NEXT: nvgpu.device_async_wait %[[G1]] {numGroups = 1 : i32}
// CHECK-NEXT: gpu.barrier
// CHECK: nvgpu.device_async_copy %arg0[{{.*}}], %[[SA]][{{.*}}], 8, %{{.*}} {bypassL1}
// CHECK: nvgpu.device_async_create_group
// CHECK: nvgpu.ldmatrix %[[SA]][{{.*}}] {numTiles = 4 : i32, transpose = false} : memref<3x128x32xf16, #gpu.address_space<workgroup>> -> vector<4x2xf16>
// CHECK: nvgpu.ldmatrix %[[SB]][{{.*}}] {numTiles = 4 : i32, transpose = true} : memref<3x32x128xf16, #gpu.address_space<workgroup>> -> vector<4x2xf16>
// CHECK: nvgpu.mma.sync(%{{.*}}, %{{.*}}, %{{.*}}) {mmaShape = [16, 8, 16]} : (vector<4x2xf16>, vector<2x2xf16>, vector<2x2xf32>) -> vector<2x2xf32>
// CHECK: scf.yield
// CHECK: nvgpu.device_async_wait %[[G1]] {numGroups = 0 : i32}
// CHECK: vector.store %{{.*}}, %arg2[{{.*}}] {alignment = 8 : i64} : memref<128x128xf32>, vector<2xf32>
// CHECK-NOT: linalg.generic

// SMALL-DAG: memref.global "private" @mm_smem_a : memref<4x64x32xf16
// SMALL-DAG: memref.global "private" @mm_smem_b : memref<4x32x64xf16
// SMALL: scf.for {{.*}} -> (vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>, vector<2x2xf32>) {
// SMALL-NEXT: nvgpu.device_async_wait %{{.*}} {numGroups = 1 : i32}

// PLAIN-NOT: arith.xori
// PLAIN: nvgpu.ldmatrix
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func private @mm(%A: memref<128x64xf16>, %B: memref<64x128xf16>, %C: memref<128x128xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<128x64xf16>, memref<64x128xf16>) outs(%C : memref<128x128xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
