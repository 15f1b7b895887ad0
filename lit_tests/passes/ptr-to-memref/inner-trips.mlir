// RUN: mlc-opt %s --ptr-to-memref --verify-diagnostics | FileCheck %s

// nussinov at -O2: i counts down from 99 (i = 99 - t), and inside `for j in [100 - t, 100)` the
// body reads T[i][i + 1] and writes T[i][j] (rows of 100). The read's offset 10000 - 101 t
// splits as [100 - t, -t], negative for every t > 0; moved one row in it is [99 - t, 100 - t],
// inside its row for every t >= 1, and t = 0 never reaches the read: its j loop is empty then.
// No check is needed.
// CHECK-LABEL: func.func @diagonal_in_inner_loop(
// CHECK-NOT:     arith.cmpi
// CHECK:         memref.reinterpret_cast {{.*}} strides: [100, 1]
// CHECK-NOT:     arith.cmpi
// CHECK:         scf.for
// CHECK:           scf.for
// CHECK:             memref.load
// CHECK:             memref.store
// CHECK-NOT:     llvm.load
func.func @diagonal_in_inner_loop(%a: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %base = arith.constant 10000 : i64
  %row0 = arith.constant 9900 : i64
  %step = arith.constant -101 : i64
  %rows = arith.constant -100 : i64
  scf.for %t = %c0 to %c100 step %c1 {
    %t64 = arith.index_cast %t : index to i64
    %m = arith.muli %t64, %step overflow<nsw> : i64
    %off = arith.addi %m, %base overflow<nsw> : i64
    %r = arith.muli %t64, %rows overflow<nsw> : i64
    %row = arith.addi %r, %row0 overflow<nsw> : i64
    %lo = arith.subi %c100, %t : index
    scf.for %j = %lo to %c100 step %c1 {
      %p = llvm.getelementptr inbounds %a[%off] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      %v = llvm.load %p : !llvm.ptr -> i32
      %j64 = arith.index_cast %j : index to i64
      %at = arith.addi %row, %j64 overflow<nsw> : i64
      %q = llvm.getelementptr inbounds %a[%at] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      llvm.store %v, %q : i32, !llvm.ptr
    }
  }
  return
}

// The same read outside the j loop is made at t = 0 too, where T[99][100] is past its row:
// the check would fail for every input.
// CHECK-LABEL: func.func @diagonal_outside(
// CHECK:         llvm.load
func.func @diagonal_outside(%a: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %base = arith.constant 10000 : i64
  %row0 = arith.constant 9900 : i64
  %step = arith.constant -101 : i64
  %rows = arith.constant -100 : i64
  scf.for %t = %c0 to %c100 step %c1 {
    %t64 = arith.index_cast %t : index to i64
    %m = arith.muli %t64, %step overflow<nsw> : i64
    %off = arith.addi %m, %base overflow<nsw> : i64
    %r = arith.muli %t64, %rows overflow<nsw> : i64
    %row = arith.addi %r, %row0 overflow<nsw> : i64
    %p = llvm.getelementptr inbounds %a[%off] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    // expected-remark@+1 {{@diagonal_outside not raised to memrefs: the run-time check that indices of argument 0 are not negative would fail for every input}}
    %v = llvm.load %p : !llvm.ptr -> i32
    %lo = arith.subi %c100, %t : index
    scf.for %j = %lo to %c100 step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %at = arith.addi %row, %j64 overflow<nsw> : i64
      %q = llvm.getelementptr inbounds %a[%at] : (!llvm.ptr, i64) -> !llvm.ptr, i32
      llvm.store %v, %q : i32, !llvm.ptr
    }
  }
  return
}
