// RUN: mlc-opt %s --ptr-to-memref | FileCheck %s

// Backward substitution at -O2: for (i = 219; i >= 0; i--) for (j = i + 1; j < 220; j++),
// the inner loop unrolled by four at run time, its remainder loop first. The remainder
// runs k & 3 trips from 219 - k (k = 219 - i); as k & 3 <= k, A[i][j + 1] stays in its
// row of 220 without a run-time check (by the value range of k & 3 alone it would not).
// CHECK-LABEL: func.func @remainder_first(
// CHECK:         memref.load
// CHECK-NOT:     llvm.load
func.func @remainder_first(%a: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c219 = arith.constant 219 : index
  %c220 = arith.constant 220 : index
  %one = arith.constant 1 : i64
  %three = arith.constant 3 : i64
  %zero = arith.constant 0.0 : f64
  scf.for %k = %c0 to %c220 step %c1 {
    %s = arith.subi %c219, %k : index
    %s64 = arith.index_cast %s : index to i64
    %k64 = arith.index_cast %k : index to i64
    %r = arith.andi %k64, %three : i64
    %ri = arith.index_cast %r : i64 to index
    %e = arith.addi %s, %ri : index
    %row = llvm.getelementptr %a[%s64] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<220 x f64>
    %sum = scf.for %j = %s to %e step %c1 iter_args(%acc = %zero) -> (f64) {
      %j64 = arith.index_cast %j : index to i64
      %j1 = arith.addi %j64, %one overflow<nsw, nuw> : i64
      %p = llvm.getelementptr %row[%j1] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      %v = llvm.load %p : !llvm.ptr -> f64
      %t = arith.addf %acc, %v : f64
      scf.yield %t : f64
    }
    %q = llvm.getelementptr %y[%s64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %sum, %q : f64, !llvm.ptr
  }
  return
}
