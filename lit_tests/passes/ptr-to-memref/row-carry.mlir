// RUN: mlc-opt %s --ptr-to-memref --canonicalize | FileCheck %s

// A stencil row as clang -O2 leaves it after rerolling, its loop shifted down by
// one: B[j][i+1] = A[j-1][i+1], bytes 8*i + 8 + 2000*j and 8*i - 1992 + 2000*j on
// rows of 250 doubles. Split towards zero, the load's column would be i - 249,
// negative for every i: it becomes row j - 1, column i + 1, and no check is left.
// CHECK-LABEL: func.func @shifted_row(
// CHECK-SAME:    mlc.assumptions = ["argument 0 and argument 1 do not overlap (noalias)"]
// CHECK:         %[[A:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [248, 250], strides: [250, 1]
// CHECK:         %[[B:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [249, 250], strides: [250, 1]
// CHECK:         scf.for %[[J:[a-z0-9_]+]] =
// CHECK:           scf.for %[[I:[a-z0-9_]+]] =
// CHECK:             %[[R:.*]] = arith.addi %[[J]], %c-1 : index
// CHECK:             %[[C:.*]] = arith.addi %[[I]], %c1 : index
// CHECK:             memref.load %[[A]][%[[R]], %[[C]]]
// CHECK:             memref.store %{{.*}}, %[[B]][%[[J]], %{{.*}}]
// CHECK-NOT:     llvm.call
func.func @shifted_row(%a: !llvm.ptr {llvm.noalias}, %b: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c248 = arith.constant 248 : index
  %c249 = arith.constant 249 : index
  %c8 = arith.constant 8 : i64
  %c2000 = arith.constant 2000 : i64
  %cm1992 = arith.constant -1992 : i64
  scf.for %j = %c1 to %c249 step %c1 {
    scf.for %i = %c0 to %c248 step %c1 {
      %i64 = arith.index_cast %i : index to i64
      %j64 = arith.index_cast %j : index to i64
      %col = arith.muli %i64, %c8 : i64
      %row = arith.muli %j64, %c2000 : i64
      %src0 = arith.addi %col, %cm1992 : i64
      %src = arith.addi %src0, %row : i64
      %pa = llvm.getelementptr %a[%src] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %v = llvm.load %pa : !llvm.ptr -> f64
      %dst0 = arith.addi %col, %c8 : i64
      %dst = arith.addi %dst0, %row : i64
      %pb = llvm.getelementptr %b[%dst] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      llvm.store %v, %pb : f64, !llvm.ptr
    }
  }
  return
}
