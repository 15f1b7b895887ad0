// RUN: mlc-opt %s --ptr-to-memref | FileCheck %s

// for (i = 299; i >= 0; i--) if (i < 299) T[i][i + 1] + T[i][0], with i = 299 - k in the loop's
// index k: the element is 90000 - 301 k, split by rows of 300 as [300 - k, -k], which
// is inside its row only for k >= 1. The guard on i = 299 - k says so: a fact on a
// value that is minus the index plus a constant is a fact on the index.
// CHECK-LABEL: func.func @diagonal_above(
// CHECK:         memref.load
// CHECK-NOT:     llvm.load
func.func @diagonal_above(%t: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c299 = arith.constant 299 : index
  %c300 = arith.constant 300 : index
  %c299_i64 = arith.constant 299 : i64
  %one = arith.constant 1 : i64
  scf.for %k = %c0 to %c300 step %c1 {
    %i = arith.subi %c299, %k : index
    %i64 = arith.index_cast %i : index to i64
    %above = arith.cmpi ult, %i64, %c299_i64 : i64
    scf.if %above {
      %row = llvm.getelementptr %t[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<300 x i32>
      %col = arith.addi %i64, %one overflow<nsw, nuw> : i64
      %p = llvm.getelementptr %row[%col] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %d = llvm.load %p : !llvm.ptr -> i32
      %first = llvm.load %row : !llvm.ptr -> i32
      %v = arith.addi %d, %first : i32
      %q = llvm.getelementptr %y[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      llvm.store %v, %q : i32, !llvm.ptr
    }
  }
  return
}
