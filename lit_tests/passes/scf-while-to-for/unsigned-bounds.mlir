// RUN: mlc-opt %s --scf-while-to-for --canonicalize | FileCheck %s

// A band: for (j = MAX(0, i - 12); j <= MIN(1999, i + 12); j++), as clang -O2 writes
// it: usub.sat for the start, umin for the end and an unsigned exit test. Both sides
// are non-negative (the range analysis reads unsigned min and saturating subtraction),
// so the unsigned test is the signed one and the loop has a trip count.
// CHECK-LABEL: func.func @band(
// CHECK:         %[[LO:.*]] = llvm.intr.usub.sat
// CHECK:         %[[HI:.*]] = arith.minui
// CHECK:         scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NOT:     scf.while
func.func @band(%i: i32, %p: !llvm.ptr) {
  %c1 = arith.constant 1 : i64
  %c12 = arith.constant 12 : i32
  %c1987 = arith.constant 1987 : i32
  %f = arith.constant 1.0 : f64
  %lo = llvm.intr.usub.sat(%i, %c12) : (i32, i32) -> i32
  %m = arith.minui %i, %c1987 : i32
  %hi = arith.addi %m, %c12 overflow<nsw, nuw> : i32
  %start = arith.extui %lo : i32 to i64
  %last = arith.extsi %hi : i32 to i64
  %r = scf.while (%j = %start) : (i64) -> i64 {
    %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q : f64, !llvm.ptr
    %next = arith.addi %j, %c1 overflow<nsw, nuw> : i64
    %more = arith.cmpi ult, %j, %last : i64
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%j: i64):
    scf.yield %j : i64
  }
  return
}
