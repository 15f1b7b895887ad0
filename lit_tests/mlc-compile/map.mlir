// RUN: mlc-compile --target cuda %s --emit mlir --to-stage map | FileCheck %s
// RUN: mlc-compile --target cuda %s --emit mlir --to-stage map --mapping upstream | FileCheck %s --check-prefix=UPSTREAM
// RUN: mlc-compile --target cuda %s --mapping 'builtin.module(tile{block=16,4},coalesce)' -o %t.mlc
// RUN: %PYTHON -m mlc.runtime.cli info %t.mlc | FileCheck %s --check-prefix=TEXT

// The default mapping (mlc's tile and coalesce): threadIdx.x on the contiguous dimension,
// thread-level tiles with a bounds check, one block dimension per loop dimension, and the
// fourth (outermost) one a loop in the kernel.

// CHECK-LABEL: func.func private @main_k0_generic(
// CHECK: scf.parallel (%[[B0:.*]], %[[B1:.*]], %[[B2:.*]], %[[B3:.*]]) =
// CHECK: scf.parallel (%[[TY:.*]], %[[TX:.*]]) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %[[C32:.*]]) step
// CHECK: %[[J:.*]] = affine.apply #{{.*}}(%[[B3]], %[[TX]])
// CHECK: arith.cmpi slt, %[[J]], %{{.*}}
// CHECK: scf.if
// CHECK: memref.load %arg0[%{{.*}}, %{{.*}}, %{{.*}}, %[[J]]]
// CHECK: {mapping = [#gpu.loop_dim_map<processor = thread_y, {{.*}}>, #gpu.loop_dim_map<processor = thread_x, {{.*}}>]}
// CHECK: {mapping = [#gpu.loop_dim_map<processor = sequential, {{.*}}>, #gpu.loop_dim_map<processor = block_z, {{.*}}>, #gpu.loop_dim_map<processor = block_y, {{.*}}>, #gpu.loop_dim_map<processor = block_x, {{.*}}>]}

// `--mapping upstream`: 4-D loops collapse to 3-D, tiles of the occupancy rule
// with fixed bounds and an in-bounds guard, innermost dimension on thread x.

// UPSTREAM-LABEL: func.func private @main_k0_generic(
// UPSTREAM: scf.parallel (%[[B0:.*]], %[[B1:.*]], %[[B2:.*]]) =
// UPSTREAM: scf.parallel (%[[T0:.*]], %[[T1:.*]], %[[T2:.*]]) =
// UPSTREAM: scf.if
// UPSTREAM: arith.remui
// UPSTREAM: arith.divui
// UPSTREAM: memref.store
// UPSTREAM: {mapping = [#gpu.loop_dim_map<processor = thread_z, {{.*}}>, #gpu.loop_dim_map<processor = thread_y, {{.*}}>, #gpu.loop_dim_map<processor = thread_x, {{.*}}>]}
// UPSTREAM: {mapping = [#gpu.loop_dim_map<processor = block_z, {{.*}}>, #gpu.loop_dim_map<processor = block_y, {{.*}}>, #gpu.loop_dim_map<processor = block_x, {{.*}}>]}

// Pipeline text: the sizes given to tile (threads per hardware dimension x, y) are kept.

// TEXT: main_k0_generic_kernel: grid [3, 2, 3] block [16, 4, 1]
#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
func.func @main(%x: tensor<2x3x5x33xf32>) -> tensor<2x3x5x33xf32> {
  %e = tensor.empty() : tensor<2x3x5x33xf32>
  %r = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x : tensor<2x3x5x33xf32>) outs(%e : tensor<2x3x5x33xf32>) {
  ^bb0(%a: f32, %o: f32):
    %t = math.tanh %a : f32
    linalg.yield %t : f32
  } -> tensor<2x3x5x33xf32>
  return %r : tensor<2x3x5x33xf32>
}
