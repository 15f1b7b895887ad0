// RUN: mlc-opt %s --ptr-to-memref --verify-diagnostics | FileCheck %s

// A[i][j + 1] for j < 8 in rows of 8: the last trip reads past its row, which C allows
// (it is A[i + 1][0]), but a view with rows of 8 would need a run-time check that fails
// for every input. The function keeps its pointers rather than a version that never runs.
// CHECK-LABEL: func.func @past_the_row(
// CHECK:         llvm.load
// CHECK-NOT:     memref.load
func.func @past_the_row(%a: !llvm.ptr, %y: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %one = arith.constant 1 : i64
  scf.for %i = %c0 to %c4 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %row = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<8 x f64>
    scf.for %j = %c0 to %c8 step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %next = arith.addi %j64, %one overflow<nsw> : i64
      %p = llvm.getelementptr %row[%next] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      // expected-remark@+1 {{@past_the_row not raised to memrefs: the run-time check that indices of argument 0 stay inside its rows would fail for every input}}
      %v = llvm.load %p : !llvm.ptr -> f64
      %q = llvm.getelementptr %y[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %v, %q : f64, !llvm.ptr
    }
  }
  return
}
