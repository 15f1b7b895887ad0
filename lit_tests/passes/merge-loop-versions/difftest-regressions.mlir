// RUN: mlc-opt %s --split-input-file --merge-loop-versions --canonicalize | FileCheck %s

// Found by the differential tester (loop nests 31, 43, 115): the condition of a peeled last
// iteration is computed between the loop and the copy; the merged loop's bound uses it, so it
// must move in front of the loop (it was used before its definition: invalid IR).
// CHECK-LABEL: func.func @peel_condition_after_loop(
// CHECK-SAME:    %[[N:.*]]: i64, %[[ODD:.*]]: i64
// CHECK:         scf.if
// CHECK:           %[[C:.*]] = arith.cmpi ne, %[[ODD]]
// CHECK:           %[[X:.*]] = arith.index_castui %[[C]] : i1 to index
// CHECK:           %[[UB:.*]] = arith.addi %{{.*}}, %[[X]] : index
// CHECK:           scf.for %{{.*}} = %{{.*}} to %[[UB]] step
// CHECK:             llvm.store
// CHECK-NOT:       scf.if
func.func @peel_condition_after_loop(%n: i64, %odd: i64, %a: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %one = arith.constant 1.0 : f64
  %nonneg = arith.cmpi sge, %n, %c0_i64 : i64
  scf.if %nonneg {
    %ub = arith.index_cast %n : i64 to index
    scf.for %i = %c0 to %ub step %c1 {
      %ii = arith.index_cast %i : index to i64
      %p = llvm.getelementptr %a[%ii] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %one, %p : f64, !llvm.ptr
    }
    %c = arith.cmpi ne, %odd, %c0_i64 : i64
    scf.if %c {
      %p = llvm.getelementptr %a[%n] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %one, %p : f64, !llvm.ptr
    } else {
    }
  }
  return
}

// -----

// Where the loop may be empty (n < 0) the copy at n is not one more iteration: it stays.
// CHECK-LABEL: func.func @peel_after_maybe_empty_loop(
// CHECK:         scf.for
// CHECK:         scf.if
// CHECK:           llvm.store
func.func @peel_after_maybe_empty_loop(%n: i64, %odd: i64, %a: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %one = arith.constant 1.0 : f64
  %ub = arith.index_cast %n : i64 to index
  scf.for %i = %c0 to %ub step %c1 {
    %ii = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%ii] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
  }
  %c = arith.cmpi ne, %odd, %c0_i64 : i64
  scf.if %c {
    %p = llvm.getelementptr %a[%n] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
  } else {
  }
  return
}

// -----

// Found by the differential tester (loop nest 77): a loop bound that is a block argument
// (no defining op) made the guarded-concatenation check raise instead of answering no.
// CHECK-LABEL: func.func @bound_is_an_argument(
// CHECK:         scf.if
// CHECK:           scf.for
// CHECK:         scf.for
func.func @bound_is_an_argument(%n: index, %m: index, %a: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f64
  %fits = arith.cmpi sle, %n, %m : index
  %r = scf.if %fits -> (index) {
    scf.for %i = %c0 to %n step %c1 {
      %ii = arith.index_cast %i : index to i64
      %p = llvm.getelementptr %a[%ii] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %one, %p : f64, !llvm.ptr
    }
    scf.yield %n : index
  } else {
    scf.yield %c0 : index
  }
  scf.for %i = %r to %m step %c1 {
    %ii = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%ii] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
  }
  return
}
