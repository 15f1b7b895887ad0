// RUN: mlc-opt %s --scf-while-to-for --canonicalize | FileCheck %s

// Levinson-type nest at -O2 (durbin): the outer loop carries k and a second counter
// k - 1; the inner loop, unrolled by 4, runs under the guard `k - 1 >=u 3` and its
// flagless trip counter stops at `k & -4`, which it reaches only if `k & -4 >= 4`.
// Once the outer loop is an scf.for, k - 1 is `index_cast(k' - 1)` and k is
// `index_cast(k')` of its new index k': their polynomials differ by the constant 1,
// so the guard on k - 1 is a fact on k (k >= 4, no wrap over k' in [1, 1200)).
// CHECK-LABEL: func.func @guarded_by_other_counter(
// CHECK:         scf.for %[[K:.*]] = %c1 to %c1200 step %c1 {
// CHECK:           scf.for %{{.*}} = %c0 to %{{.*}} step %c4 {
// CHECK-NOT:     scf.while
func.func @guarded_by_other_counter(%p: !llvm.ptr) {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %c3 = arith.constant 3 : i64
  %c4 = arith.constant 4 : i64
  %c1200 = arith.constant 1200 : i64
  %mask = arith.constant -4 : i64
  %f = arith.constant 1.0 : f64
  %r:2 = scf.while (%km1 = %c0, %k = %c1) : (i64, i64) -> (i64, i64) {
    %small = arith.cmpi ult, %km1, %c3 : i64
    scf.if %small {
    } else {
      %n = arith.andi %k, %mask : i64
      %w:2 = scf.while (%j = %c0, %t = %c0) : (i64, i64) -> (i64, i64) {
        %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
        llvm.store %f, %q : f64, !llvm.ptr
        %j2 = arith.addi %j, %c4 overflow<nsw, nuw> : i64
        %t2 = arith.addi %t, %c4 : i64
        %more = arith.cmpi ne, %t2, %n : i64
        scf.condition(%more) %j2, %t2 : i64, i64
      } do {
      ^bb0(%j: i64, %t: i64):
        scf.yield %j, %t : i64, i64
      }
    }
    %k2 = arith.addi %k, %c1 overflow<nsw, nuw> : i64
    %km2 = arith.addi %km1, %c1 : i64
    %more = arith.cmpi ne, %k2, %c1200 : i64
    scf.condition(%more) %km2, %k2 : i64, i64
  } do {
  ^bb0(%km1: i64, %k: i64):
    scf.yield %km1, %k : i64, i64
  }
  return
}
