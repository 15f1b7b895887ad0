// RUN: mlc-opt %s --tile --verify-diagnostics | FileCheck %s
// A reduction over a middle dimension lowers to scf.parallel(d0) { scf.for(d1) {
// scf.parallel(d2) } }. The nested parallel loop becomes an scf.for run by each thread
// (it used to crash the pass; found by the differential tester).

// CHECK-LABEL: func.func @middle_sum
// CHECK: scf.parallel
// CHECK: scf.parallel
// CHECK: scf.for
// CHECK: scf.for
// CHECK-NOT: scf.parallel
// CHECK: memref.store
// CHECK: mapping = [#gpu.loop_dim_map<processor = thread_x
#in = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#out = affine_map<(d0, d1, d2) -> (d0, d2)>
func.func @middle_sum(%x: memref<5x16x63xf32>, %y: memref<5x63xf32>) {
  // expected-remark@+2 {{tile: 1 nested scf.parallel run sequentially in each thread}}
  // expected-remark@+1 {{tile: threadIdx.x = d0 (8)}}
  linalg.generic {indexing_maps = [#in, #out], iterator_types = ["parallel", "reduction", "parallel"]}
      ins(%x : memref<5x16x63xf32>) outs(%y : memref<5x63xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  }
  return
}
