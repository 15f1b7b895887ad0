// RUN: mlc-opt %s --ptr-to-memref --canonicalize | FileCheck %s

// A triangular loop's first iteration, peeled by clang -O2: A[i + 1][i] on rows of 160
// doubles steps 161 elements per i. That is the diagonal of the rows the inner loop
// walks (A[k][i]), not a stride of its own: the view keeps strides [160, 1], the
// peeled load is [i + 1, i], and no row check is needed.
// CHECK-LABEL: func.func @diagonal(
// CHECK-SAME:    mlc.assumptions = ["argument 0 and argument 1 do not overlap (noalias)"]
// CHECK:         %[[A:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [160, 160], strides: [160, 1]
// CHECK:         scf.for %[[I:[a-z0-9_]+]] =
// CHECK:           %[[R:.*]] = arith.addi %[[I]], %c1 : index
// CHECK:           memref.load %[[A]][%[[R]], %[[I]]]
// CHECK:           scf.for %[[K:[a-z0-9_]+]] =
// CHECK:             memref.load %[[A]][%[[K]], %[[I]]]
// CHECK-NOT:     llvm.load
func.func @diagonal(%a: !llvm.ptr {llvm.noalias}, %b: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c159 = arith.constant 159 : index
  %c160 = arith.constant 160 : index
  %c8 = arith.constant 8 : i64
  %c1280 = arith.constant 1280 : i64
  %c1288 = arith.constant 1288 : i64
  scf.for %i = %c0 to %c159 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %d0 = arith.muli %i64, %c1288 : i64
    %d = arith.addi %d0, %c1280 : i64
    %pd = llvm.getelementptr %a[%d] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %first = llvm.load %pd : !llvm.ptr -> f64
    %col = arith.muli %i64, %c8 : i64
    %sum = scf.for %k = %c0 to %c160 step %c1 iter_args(%acc = %first) -> (f64) {
      %k64 = arith.index_cast %k : index to i64
      %row = arith.muli %k64, %c1280 : i64
      %o = arith.addi %row, %col : i64
      %p = llvm.getelementptr %a[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %v = llvm.load %p : !llvm.ptr -> f64
      %t = arith.addf %acc, %v : f64
      scf.yield %t : f64
    }
    %q = llvm.getelementptr %b[%col] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    llvm.store %sum, %q : f64, !llvm.ptr
  }
  return
}
