// RUN: mlc-compile %s --emit mlir --to-stage map | FileCheck %s

// The default mapping: 4-D loops collapse to 3-D, tiles of the occupancy rule
// with fixed bounds and an in-bounds guard, innermost dimension on thread x.

// CHECK-LABEL: func.func private @main_k0_generic(
// CHECK: scf.parallel (%[[B0:.*]], %[[B1:.*]], %[[B2:.*]]) =
// CHECK: scf.parallel (%[[T0:.*]], %[[T1:.*]], %[[T2:.*]]) =
// CHECK: scf.if
// CHECK: arith.remui
// CHECK: arith.divui
// CHECK: memref.store
// CHECK: {mapping = [#gpu.loop_dim_map<processor = thread_z, {{.*}}>, #gpu.loop_dim_map<processor = thread_y, {{.*}}>, #gpu.loop_dim_map<processor = thread_x, {{.*}}>]}
// CHECK: {mapping = [#gpu.loop_dim_map<processor = block_z, {{.*}}>, #gpu.loop_dim_map<processor = block_y, {{.*}}>, #gpu.loop_dim_map<processor = block_x, {{.*}}>]}
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
