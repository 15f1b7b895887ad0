// RUN: mlc-opt %s --scf-while-to-for --canonicalize | FileCheck %s

// A rotated (do-while) loop with an equality exit `i + 1 != n`, under its guard:
// the trip count is exactly n, the loop becomes scf.for over index.
// CHECK-LABEL: func.func @rotated(
// CHECK-SAME:    %[[N:.*]]: i32, %[[P:.*]]: !llvm.ptr)
// CHECK:         %[[UB:.*]] = arith.index_cast %[[N]] : i32 to index
// CHECK:         scf.for %[[IV:.*]] = %{{.*}} to %[[UB]] step %{{.*}} {
// CHECK:           %[[I:.*]] = arith.index_cast %[[IV]] : index to i64
// CHECK:           llvm.getelementptr %[[P]][%[[I]]]
// CHECK-NOT:     scf.while
func.func @rotated(%n: i32, %p: !llvm.ptr) {
  %c0_i32 = arith.constant 0 : i32
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %f = arith.constant 1.0 : f64
  %guard = arith.cmpi sgt, %n, %c0_i32 : i32
  scf.if %guard {
    %wide = arith.extsi %n : i32 to i64
    %r = scf.while (%i = %c0) : (i64) -> i64 {
      %q = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %f, %q : f64, !llvm.ptr
      %next = arith.addi %i, %c1 overflow<nsw, nuw> : i64
      %more = arith.cmpi ne, %next, %wide : i64
      scf.condition(%more) %next : i64
    } do {
    ^bb0(%i: i64):
      scf.yield %i : i64
    }
  }
  return
}

// A reduction carried through the loop becomes iter_args; `i < n` needs no guard:
// the do-while runs max(n, 1) times.
// CHECK-LABEL: func.func @sum(
// CHECK:         %[[UB:.*]] = arith.maxsi
// CHECK:         %[[R:.*]] = scf.for %{{.*}} = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (f64) {
// CHECK:           arith.addf %[[ACC]]
// CHECK:         return %[[R]]
func.func @sum(%n: i64, %p: !llvm.ptr) -> f64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %zero = arith.constant 0.0 : f64
  %r:2 = scf.while (%i = %c0, %s = %zero) : (i64, f64) -> (i64, f64) {
    %q = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %v = llvm.load %q : !llvm.ptr -> f64
    %t = arith.addf %s, %v : f64
    %next = arith.addi %i, %c1 overflow<nsw> : i64
    %more = arith.cmpi slt, %next, %n : i64
    scf.condition(%more) %next, %t : i64, f64
  } do {
  ^bb0(%i: i64, %s: f64):
    scf.yield %i, %s : i64, f64
  }
  return %r#1 : f64
}
