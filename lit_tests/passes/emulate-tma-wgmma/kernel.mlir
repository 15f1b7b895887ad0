// RUN: mlc-opt %s --hopper-gemm --emulate-tma-wgmma | FileCheck %s
// RUN: mlc-opt %s --hopper-gemm --emulate-tma-wgmma --emulate-warp-collectives --serialize-barriers \
// RUN:   | FileCheck %s --check-prefix=SERIAL
// The sm_90 kernel as per-thread CPU code: its dynamic shared memory a workgroup global of its
// size, each TMA load a guarded copy by thread 0 into swizzled positions (the XOR), each
// mbarrier wait a block barrier, the accumulator 64 f32 per thread carried by the k loop, each
// wgmma a loop over the thread's values and the 16 k of the step. Nothing of nvgpu is left.

// CHECK: memref.global "private" @mm_dynamic_shared : memref<131072xi8, #gpu.address_space<workgroup>> {alignment = 1024 : i64}
// CHECK-LABEL: func.func private @mm
// CHECK: %[[SMEM:.*]] = memref.get_global @mm_dynamic_shared
// CHECK: scf.if
// CHECK: scf.for
// CHECK: arith.cmpi slt
// CHECK: memref.load %arg0
// CHECK: arith.xori
// CHECK: memref.store %{{.*}}, %{{.*}}[%{{.*}}] : memref<65536xf16, #gpu.address_space<workgroup>>
// CHECK: scf.for {{.*}} -> (vector<64xf32>)
// CHECK: gpu.barrier
// CHECK: vector.extract %{{.*}}[%{{.*}}] : f32 from vector<64xf32>
// CHECK: arith.mulf
// CHECK: vector.insert
// CHECK-NOT: nvgpu.

// SERIAL-NOT: nvgpu.
// SERIAL-NOT: gpu.barrier
// SERIAL: memref.alloc() : memref<131072xi8>
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
func.func private @mm(%A: memref<72x64xf16>, %B: memref<64x80xf16>, %C: memref<72x80xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<72x64xf16>, memref<64x80xf16>) outs(%C : memref<72x80xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
