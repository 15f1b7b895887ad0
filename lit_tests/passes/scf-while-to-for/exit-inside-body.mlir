// RUN: mlc-opt %s --scf-while-to-for --canonicalize | FileCheck %s

// A loop over [1, 500) unrolled by two with its exit test between the copies, as
// clang -O2 leaves an odd trip count: the path that leaves the loop yields poison
// for the counter, which may be any value, so the counter still steps by 2.
// CHECK-LABEL: func.func @exit_between_copies(
// CHECK:         scf.for %[[J:.*]] = %c1 to %c501 step %c2 {
// CHECK:           llvm.store
// CHECK:           scf.if
// CHECK:             llvm.store
// CHECK-NOT:     scf.while
func.func @exit_between_copies(%p: !llvm.ptr) {
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i64
  %c500 = arith.constant 500 : i64
  %f = arith.constant 1.0 : f64
  %poison = ub.poison : i64
  %r = scf.while (%j = %c1) : (i64) -> i64 {
    %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q : f64, !llvm.ptr
    %j1 = arith.addi %j, %c1 overflow<nsw, nuw> : i64
    %last = arith.cmpi eq, %j1, %c500 : i64
    %more = arith.cmpi ne, %j1, %c500 : i64
    %next = scf.if %last -> (i64) {
      scf.yield %poison : i64
    } else {
      %q1 = llvm.getelementptr %p[%j1] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %f, %q1 : f64, !llvm.ptr
      %j2 = arith.addi %j, %c2 overflow<nsw, nuw> : i64
      scf.yield %j2 : i64
    }
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%j: i64):
    scf.yield %j : i64
  }
  return
}
