// RUN: mlc-opt %s --scf-while-to-for --canonicalize | FileCheck %s

// The inner loop of a triangular nest unrolled by two at -O2: its trip counter has
// no wrap flags and stops at `i & -2`, which it reaches only if `i & -2 >= 2`. That
// holds for i in [2, 600) (i != 0, i != 1 by the guards), which is known once the
// outer loop is an scf.for: the inner loop, tried first, is tried again then.
// CHECK-LABEL: func.func @triangular_unrolled(
// CHECK:         scf.for %[[I:.*]] = %c0 to %c600 step %c1 {
// CHECK:           scf.for %{{.*}} = %c0 to %{{.*}} step %c2 {
// CHECK-NOT:     scf.while
func.func @triangular_unrolled(%p: !llvm.ptr) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c600 = arith.constant 600 : i64
  %even = arith.constant -2 : i64
  %f = arith.constant 1.0 : f64
  %r = scf.while (%i = %c0) : (i64) -> i64 {
    %zero = arith.cmpi eq, %i, %c0 : i64
    scf.if %zero {
    } else {
      %one = arith.cmpi eq, %i, %c1 : i64
      scf.if %one {
      } else {
        %n = arith.andi %i, %even : i64
        %w:2 = scf.while (%j = %c0, %k = %c0) : (i64, i64) -> (i64, i64) {
          %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
          llvm.store %f, %q : f64, !llvm.ptr
          %j2 = arith.addi %j, %c2 overflow<nsw, nuw> : i64
          %k2 = arith.addi %k, %c2 : i64
          %more = arith.cmpi ne, %k2, %n : i64
          scf.condition(%more) %j2, %k2 : i64, i64
        } do {
        ^bb0(%j: i64, %k: i64):
          scf.yield %j, %k : i64, i64
        }
      }
    }
    %next = arith.addi %i, %c1 overflow<nsw, nuw> : i64
    %more = arith.cmpi ne, %next, %c600 : i64
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%i: i64):
    scf.yield %i : i64
  }
  return
}
