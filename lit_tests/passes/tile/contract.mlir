// RUN: mlc-opt %s --pass-pipeline='builtin.module(tile,coalesce,func.func(convert-parallel-loops-to-gpu),gpu-kernel-outlining,canonicalize)' 2>/dev/null | FileCheck %s
// The contract with the CUDA pipeline: tile and coalesce produce scf.parallel loops with
// #gpu.loop_dim_map attributes that upstream convert-parallel-loops-to-gpu turns into a
// launch, with the shared-memory tile as a global in address space 3.

// CHECK: gpu.launch_func @transpose_kernel::@transpose_kernel blocks in (%{{.*}}, %{{.*}}, %{{.*}}) threads in (%{{.*}}, %{{.*}}, %{{.*}})
// CHECK: gpu.module @transpose_kernel
// CHECK: gpu.func @transpose_kernel
// CHECK-DAG: gpu.thread_id x
// CHECK-DAG: gpu.block_id x
// CHECK: memref.get_global @__mlc_stage_transpose_0 : memref<{{.*}}xf32, 3>
// CHECK: gpu.barrier
// CHECK: memref.global "private" @__mlc_stage_transpose_0 : memref<{{.*}}xf32, 3>
func.func @transpose(%A: memref<256x512xf32>, %B: memref<512x256xf32>) {
  linalg.transpose ins(%A : memref<256x512xf32>) outs(%B : memref<512x256xf32>) permutation = [1, 0]
  return
}
