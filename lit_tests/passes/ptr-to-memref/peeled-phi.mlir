// RUN: mlc-opt %s --ptr-to-memref --verify-diagnostics | FileCheck %s

// clang merges a peeled first iteration back with a phi that picks 0 when j == 0 and j * 16000
// otherwise; both are j * 16000 (a row of 2000 doubles), so the access is A[j][i].
// CHECK-LABEL: func.func @peeled_row(
// CHECK:         memref.reinterpret_cast {{.*}} strides: [2000, 1]
// CHECK:         scf.for %[[J:.*]] =
// CHECK:           scf.for %[[I:.*]] =
// CHECK:             memref.load %{{.*}}[%[[J]], %[[I]]]
// CHECK-NOT:     llvm.load
func.func @peeled_row(%a: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %zero = arith.constant 0 : i64
  %row = arith.constant 16000 : i64
  scf.for %j = %c0 to %c100 step %c1 {
    %j64 = arith.index_cast %j : index to i64
    %first = arith.cmpi eq, %j64, %zero : i64
    %off = scf.if %first -> (i64) {
      scf.yield %zero : i64
    } else {
      %b = arith.muli %j64, %row overflow<nsw, nuw> : i64
      scf.yield %b : i64
    }
    %p = llvm.getelementptr inbounds %a[%off] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    scf.for %i = %c0 to %c100 step %c1 {
      %i64 = arith.index_cast %i : index to i64
      %q = llvm.getelementptr inbounds %p[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      %v = llvm.load %q : !llvm.ptr -> f64
      %r = llvm.getelementptr inbounds %y[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %v, %r : f64, !llvm.ptr
    }
  }
  return
}

// The same merge with a choice that differs at j == 0 (1 instead of 0) is not one polynomial.
// CHECK-LABEL: func.func @not_the_same(
// CHECK:         llvm.load
func.func @not_the_same(%a: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %zero = arith.constant 0 : i64
  %eight = arith.constant 8 : i64
  %row = arith.constant 16000 : i64
  scf.for %j = %c0 to %c100 step %c1 {
    %j64 = arith.index_cast %j : index to i64
    %later = arith.cmpi ne, %j64, %zero : i64
    %off = arith.select %later, %row, %eight : i64
    %p = llvm.getelementptr inbounds %a[%off] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    // expected-remark@+1 {{@not_the_same not raised to memrefs}}
    %v = llvm.load %p : !llvm.ptr -> f64
    llvm.store %v, %y : f64, !llvm.ptr
  }
  return
}
