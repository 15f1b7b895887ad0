// RUN: mlc-opt %s --split-input-file --collapse-parallel-loops 2>/dev/null | FileCheck %s
// RUN: mlc-opt %s --split-input-file --collapse-parallel-loops=max-dims=2 2>/dev/null | FileCheck %s --check-prefix=TWO
// RUN: mlc-opt %s --split-input-file --verify-diagnostics --collapse-parallel-loops

// CHECK-LABEL: func.func @four_d(
// CHECK-SAME: %[[M:.*]]: memref<2x3x5x7xf32>
// CHECK: %[[C6:.*]] = arith.constant 6 : index
// CHECK: scf.parallel (%[[I:.*]], %[[J:.*]], %[[K:.*]]) = (%{{.*}}, %{{.*}}, %{{.*}}) to (%[[C6]], %{{.*}}, %{{.*}})
// CHECK: %[[C3:.*]] = arith.constant 3 : index
// CHECK: %[[R:.*]] = arith.remui %[[I]], %[[C3]] : index
// CHECK: %[[Q:.*]] = arith.divui %[[I]], %[[C3]] : index
// CHECK: memref.store %{{.*}}, %[[M]][%[[Q]], %[[R]], %[[J]], %[[K]]]
// CHECK-NOT: scf.parallel

// TWO-LABEL: func.func @four_d(
// TWO: scf.parallel (%{{.*}}, %{{.*}}) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}})
// TWO-COUNT-2: arith.remui
func.func @four_d(%m: memref<2x3x5x7xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  // expected-remark@+1 {{collapsed 4 loop dimensions [2, 3, 5, 7] into [6, 5, 7]}}
  scf.parallel (%a, %b, %c, %d) = (%c0, %c0, %c0, %c0) to (%c2, %c3, %c5, %c7) step (%c1, %c1, %c1, %c1) {
    memref.store %zero, %m[%a, %b, %c, %d] : memref<2x3x5x7xf32>
    scf.reduce
  }
  return
}

// -----

// Loops with at most max-dims dimensions are left as they are.
// CHECK-LABEL: func.func @three_d(
// CHECK: scf.parallel (%{{.*}}, %{{.*}}, %{{.*}}) = (%{{.*}}, %{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}}, %{{.*}}) step (%{{.*}}, %{{.*}}, %{{.*}})
func.func @three_d(%m: memref<3x5x7xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%b, %c, %d) = (%c0, %c0, %c0) to (%c3, %c5, %c7) step (%c1, %c1, %c1) {
    memref.store %zero, %m[%b, %c, %d] : memref<3x5x7xf32>
    scf.reduce
  }
  return
}

// -----

// Dynamic bounds cannot be delinearized by constants: the loop stays, with a remark.
// CHECK-LABEL: func.func @dynamic(
// CHECK: scf.parallel (%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) =
func.func @dynamic(%m: memref<?x3x5x7xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  // expected-remark@+1 {{not collapsed: bounds must be constant, from 0, step 1, no reductions}}
  scf.parallel (%a, %b, %c, %d) = (%c0, %c0, %c0, %c0) to (%n, %c3, %c5, %c7) step (%c1, %c1, %c1, %c1) {
    memref.store %zero, %m[%a, %b, %c, %d] : memref<?x3x5x7xf32>
    scf.reduce
  }
  return
}

// -----

// Only outermost loops are collapsed; a mapped loop keeps its shape.
// CHECK-LABEL: func.func @mapped(
// CHECK: scf.parallel (%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) =
func.func @mapped(%m: memref<2x3x5x7xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %zero = arith.constant 0.0 : f32
  // expected-remark@+1 {{not collapsed: the loop is already mapped to the GPU}}
  scf.parallel (%a, %b, %c, %d) = (%c0, %c0, %c0, %c0) to (%c2, %c3, %c5, %c7) step (%c1, %c1, %c1, %c1) {
    memref.store %zero, %m[%a, %b, %c, %d] : memref<2x3x5x7xf32>
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = block_z, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                #gpu.loop_dim_map<processor = block_y, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                #gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                #gpu.loop_dim_map<processor = sequential, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}
