// RUN: mlc-opt %s --ptr-to-memref --canonicalize | FileCheck %s

// Column sums of double A[][70]: byte offset i*560 + j*8 is A[i, j] on strides [70, 1].
// CHECK-LABEL: func.func @colsum(
// CHECK-SAME:    %[[N:.*]]: i32, %[[A:.*]]: !llvm.ptr {llvm.noalias}, %[[S:.*]]: !llvm.ptr {llvm.noalias})
// CHECK-SAME:    mlc.assumptions = ["argument 1 and argument 2 do not overlap (noalias)"]
// CHECK:         %[[BASE:.*]] = "mlc_ptr.to_memref"(%[[A]]) : (!llvm.ptr) -> memref<f64>
// CHECK:         %[[VIEW:.*]] = memref.reinterpret_cast %[[BASE]] to offset: [0], sizes: [%{{.*}}, 70], strides: [70, 1] : memref<f64> to memref<?x70xf64>
// CHECK:         scf.for %[[J:[a-z0-9_]+]] =
// CHECK:           scf.for %[[I:[a-z0-9_]+]] =
// CHECK:             memref.load %[[VIEW]][%[[I]], %[[J]]] : memref<?x70xf64>
// CHECK:           memref.store %{{.*}}, %{{.*}}[%[[J]]] : memref<70xf64
func.func @colsum(%n: i32, %a: !llvm.ptr {llvm.noalias}, %s: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c70 = arith.constant 70 : index
  %zero = arith.constant 0.0 : f64
  %ub = arith.index_cast %n : i32 to index
  scf.for %j = %c0 to %c70 step %c1 {
    %j64 = arith.index_cast %j : index to i64
    %col = llvm.getelementptr %a[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %sum = scf.for %i = %c0 to %ub step %c1 iter_args(%acc = %zero) -> (f64) {
      %i64 = arith.index_cast %i : index to i64
      %p = llvm.getelementptr %col[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, !llvm.array<70 x f64>
      %v = llvm.load %p : !llvm.ptr -> f64
      %t = arith.addf %acc, %v : f64
      scf.yield %t : f64
    }
    %q = llvm.getelementptr %s[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %sum, %q : f64, !llvm.ptr
  }
  return
}

// A runtime leading dimension: rows must not overlap (n <= lda), which is checked at
// entry; the original function runs when it does not hold.
// CHECK-LABEL: func.func @scale(
// CHECK-SAME:    mlc.assumptions = ["checked at entry: indices of argument 3 stay inside its rows"]
// CHECK:         memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [%{{.*}}, %{{.*}}], strides: [%[[LDA:.*]], 1] : memref<f64> to memref<?x?xf64, strided<[?, 1]>>
// CHECK:         %[[OK:.*]] = arith.cmpi sle, %{{.*}}, %{{.*}} : i128
// CHECK:         scf.if %[[OK]] {
// CHECK:           memref.store
// CHECK:         } else {
// CHECK:           llvm.call @scale.mlc.orig(
func.func @scale(%m: i32, %n: i32, %lda: i32, %a: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %two = arith.constant 2.0 : f64
  %mm = arith.index_cast %m : i32 to index
  %nn = arith.index_cast %n : i32 to index
  %ld = arith.extsi %lda : i32 to i64
  scf.for %i = %c0 to %mm step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %row = arith.muli %i64, %ld overflow<nsw> : i64
    %r = llvm.getelementptr %a[%row] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    scf.for %j = %c0 to %nn step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %p = llvm.getelementptr %r[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      %v = llvm.load %p : !llvm.ptr -> f64
      %w = arith.mulf %v, %two : f64
      llvm.store %w, %p : f64, !llvm.ptr
    }
  }
  return
}
llvm.func internal @scale.mlc.orig(%m: i32, %n: i32, %lda: i32, %a: !llvm.ptr) {
  llvm.return
}
