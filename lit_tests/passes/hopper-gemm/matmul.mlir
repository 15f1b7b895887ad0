// RUN: mlc-opt %s --split-input-file --hopper-gemm | FileCheck %s
// RUN: mlc-opt %s --split-input-file --pass-pipeline='builtin.module(hopper-gemm{block=128,256,64 stages=3})' \
// RUN:   | FileCheck %s --check-prefix=WIDE
// A 200x136x320 f16 matmul (tiles do not divide it): the kernel function makes one tensor map
// per input (A: 128x64 boxes; B n-major: 64x64 boxes), then blocks of 256 threads (two
// warpgroups). Thread 0 initializes one mbarrier per stage and starts the prologue's TMA loads;
// the k loop synchronizes, loads k-tile k+3 into the freed slot, waits on k-tile k's barrier
// (parity from k / 4) and issues 4 wgmma k-steps per warpgroup from descriptors of the slot.
// The epilogue stores the accumulators to shared memory and the guarded elements to C.

// CHECK-LABEL: func.func private @mm
// CHECK-SAME: mlc.tensorized = {block = array<i64: 128, 128, 64>, {{.*}}dynamic_shared = 131072 : i64{{.*}}strategy = "wgmma.m64nNk16"
// CHECK: %[[CA:.*]] = memref.cast %arg0 : memref<200x320xf16> to memref<*xf16>
// CHECK: %[[TA:.*]] = nvgpu.tma.create.descriptor %[[CA]] box[%{{.*}}, %{{.*}}] : memref<*xf16> -> <tensor = memref<128x64xf16, 3>, swizzle = swizzle_128b, l2promo = l2promo_128b, oob = zero, interleave = none>
// CHECK: %[[TB:.*]] = nvgpu.tma.create.descriptor %{{.*}} : memref<*xf16> -> <tensor = memref<64x64xf16, 3>
// CHECK: scf.parallel
// CHECK: scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%{{.*}}) step
// CHECK: %[[SMEM:.*]] = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK: %[[BAR:.*]] = nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 4>
// CHECK: %[[FIRST:.*]] = arith.cmpi eq, %[[T]]
// CHECK-COUNT-4: nvgpu.mbarrier.init %[[BAR]][%{{.*}}], %{{.*}}, predicate = %[[FIRST]]
// CHECK: nvgpu.tma.prefetch.descriptor %[[TA]], predicate = %[[FIRST]]
// CHECK: gpu.barrier
// CHECK: nvgpu.mbarrier.arrive.expect_tx %[[BAR]][%{{.*}}], %{{.*}}, predicate = %[[FIRST]]
// CHECK: nvgpu.tma.async.load %[[TA]][%{{.*}}, %{{.*}}], %[[BAR]][%{{.*}}] to %{{.*}}, predicate = %[[FIRST]]
// CHECK: %[[ACC0:.*]] = nvgpu.warpgroup.mma.init.accumulator -> <fragmented = vector<64x128xf32>>
// CHECK: scf.for {{.*}} iter_args(%{{.*}} = %[[ACC0]]) -> (!nvgpu.warpgroup.accumulator<fragmented = vector<64x128xf32>>)
// CHECK-NEXT: gpu.barrier
// CHECK: nvgpu.tma.async.load
// CHECK: nvgpu.mbarrier.try_wait.parity %[[BAR]][%{{.*}}], %{{.*}}, %{{.*}}
// CHECK: nvgpu.warpgroup.generate.descriptor %{{.*}}, %[[TA]] : memref<64x16xf16, #gpu.address_space<workgroup>>
// CHECK: nvgpu.warpgroup.mma %{{.*}}, %{{.*}}, %{{.*}} {transposeB} :
// CHECK-COUNT-2: nvgpu.warpgroup.mma %{{.*}} {transposeB} :
// CHECK: nvgpu.warpgroup.mma %{{.*}} {transposeB, waitGroup = 0 : i64}
// CHECK: scf.yield
// CHECK: nvgpu.warpgroup.mma.store %{{.*}}, %{{.*}} : <fragmented = vector<64x128xf32>> to memref<64x128xf32, #gpu.address_space<workgroup>>
// CHECK: scf.for
// CHECK: scf.if
// CHECK: memref.store %{{.*}}, %arg2[%{{.*}}, %{{.*}}] : memref<200x136xf32>
// CHECK-NOT: linalg.generic

// WIDE: mlc.tensorized = {block = array<i64: 128, 256, 64>, {{.*}}dynamic_shared = 147456 : i64
// WIDE: nvgpu.mbarrier.create -> <memorySpace = #gpu.address_space<workgroup>, num_barriers = 3>
// WIDE: nvgpu.warpgroup.mma.init.accumulator -> <fragmented = vector<64x256xf32>>
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func private @mm(%A: memref<200x320xf16>, %B: memref<320x136xf16>, %C: memref<200x136xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<200x320xf16>, memref<320x136xf16>) outs(%C : memref<200x136xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// B stored n x k (a linear layer's weight): one 128x64 box per k-tile, no transposeB.
// CHECK-LABEL: func.func private @linear
// CHECK: nvgpu.tma.create.descriptor %{{.*}} : memref<*xbf16> -> <tensor = memref<128x64xbf16, 3>
// CHECK: nvgpu.tma.create.descriptor %{{.*}} : memref<*xbf16> -> <tensor = memref<128x64xbf16, 3>
// CHECK: nvgpu.warpgroup.mma %{{.*}}, %{{.*}}, %{{.*}} :
// CHECK-NOT: transposeB
func.func private @linear(%A: memref<64x128xbf16>, %B: memref<96x128xbf16>, %C: memref<64x96xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<64x128xbf16>, memref<96x128xbf16>) outs(%C : memref<64x96xf32>) {
  ^bb0(%x: bf16, %y: bf16, %acc: f32):
    %xe = arith.extf %x : bf16 to f32
    %ye = arith.extf %y : bf16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
