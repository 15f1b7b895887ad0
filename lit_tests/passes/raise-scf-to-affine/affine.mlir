// RUN: mlc-opt %s --pass-pipeline='builtin.module(raise-scf-to-affine,func.func(affine-raise-from-memref))' | FileCheck %s

// Bounds computed from the arguments become symbols (recomputed at the entry),
// the outer induction variable a dimension of the inner bounds' maps.
// CHECK-LABEL: func.func @stencil(
// CHECK-SAME:    %[[N:.*]]: i32
// CHECK:         %[[SYM:.*]] = arith.index_cast %[[N]] : i32 to index
// CHECK:         affine.for %[[I:[a-z0-9]+]] = 1 to #{{.*}}()[%[[SYM]]] {
// CHECK:           affine.for %[[J:[a-z0-9]+]] = #{{.*}}(%[[I]]) to #{{.*}}[%{{.*}}] {
// CHECK:             affine.store %{{.*}}, %{{.*}}[%[[I]], %[[J]]]
func.func @stencil(%n: i32, %a: memref<?x?xf64>, %b: memref<?x?xf64>) {
  %c1 = arith.constant 1 : index
  %nn = arith.index_cast %n : i32 to index
  %ub = arith.subi %nn, %c1 : index
  scf.for %i = %c1 to %ub step %c1 {
    %im1 = arith.subi %i, %c1 : index
    scf.for %j = %i to %ub step %c1 {
      %v = memref.load %a[%im1, %j] : memref<?x?xf64>
      memref.store %v, %b[%i, %j] : memref<?x?xf64>
    }
  }
  return
}
