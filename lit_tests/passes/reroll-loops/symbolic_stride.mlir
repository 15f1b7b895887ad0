// RUN: mlc-opt %s --reroll-loops --canonicalize | FileCheck %s

// Unrolled by two, storing a column of a row-major matrix with a run-time row
// length: the copies' stores are s elements apart, one iteration's step.
// CHECK-LABEL: func.func @column(
// CHECK-SAME:    %[[B:.*]]: !llvm.ptr, %[[N:.*]]: index, %[[S:.*]]: i64)
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %c1 {
// CHECK:           %[[I64:.*]] = arith.index_cast %[[I]] : index to i64
// CHECK:           llvm.store
// CHECK-NOT:       llvm.store
// CHECK:         }
func.func @column(%b: !llvm.ptr, %n: index, %s: i64) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c1_i64 = arith.constant 1 : i64
  %one = arith.constant 1.0 : f32
  scf.for %i = %c0 to %n step %c2 {
    %i64 = arith.index_cast %i : index to i64
    %o0 = arith.muli %i64, %s : i64
    %p0 = llvm.getelementptr %b[%o0] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %one, %p0 : f32, !llvm.ptr
    %i1 = arith.addi %i64, %c1_i64 : i64
    %o1 = arith.muli %i1, %s : i64
    %p1 = llvm.getelementptr %b[%o1] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %one, %p1 : f32, !llvm.ptr
  }
  return
}
