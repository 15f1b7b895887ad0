// RUN: mlc-opt %s --split-input-file --simt-gemm --verify-diagnostics | FileCheck %s
// An f32 130x200x72 matmul on CUDA cores: 128x128x16 block tiles of A and B staged in shared
// memory (3 stages, cp.async of 16 bytes, the edges zero-filled), 256 threads each carrying
// 8 rows of 8 accumulators through the k loop, 8 x 8 FMAs per k from 8 + 8 shared values,
// and the stores guarded at the edges.

// CHECK-DAG: memref.global "private" @mm_smem_a : memref<3x128x16xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.global "private" @mm_smem_b : memref<3x16x128xf32, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func private @mm
// CHECK: scf.parallel (%{{.*}}) = (%{{.*}}) to (%c256) step
// CHECK: nvgpu.device_async_copy %arg0[{{.*}}], %{{.*}}[{{.*}}], 4
// CHECK: scf.for {{.*}} -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>)
// CHECK-NEXT: nvgpu.device_async_wait
// CHECK-NEXT: gpu.barrier
// CHECK-COUNT-128: vector.fma
// CHECK: scf.yield
// CHECK: scf.if
// CHECK: memref.store %{{.*}}, %arg2[%{{.*}}, %{{.*}}] : memref<130x200xf32>
// CHECK-NOT: linalg.generic
#a = affine_map<(d0, d1, d2) -> (d0, d2)>
#b = affine_map<(d0, d1, d2) -> (d2, d1)>
#c = affine_map<(d0, d1, d2) -> (d0, d1)>
// expected-remark@+1 {{simt-gemm: 130x200x72 f32, block 128x128x16, 8x8 per thread, 3 stages}}
func.func private @mm(%A: memref<130x72xf32>, %B: memref<72x200xf32>, %C: memref<130x200xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [#a, #b, #c], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<130x72xf32>, memref<72x200xf32>) outs(%C : memref<130x200xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @f16_inputs
// CHECK: linalg.generic
// expected-remark@+1 {{simt-gemm: not rewritten: its inputs are f16, f16, not f32}}
func.func private @f16_inputs(%A: memref<32x32xf16>, %B: memref<32x32xf16>, %C: memref<32x32xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<32x32xf16>, memref<32x32xf16>) outs(%C : memref<32x32xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
