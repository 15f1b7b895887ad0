// RUN: mlc-opt %s --ptr-to-memref --canonicalize | FileCheck %s

// A Levinson-type reversed index y[k - i - 1]: clang writes k - i - 1 as k + ~i
// (xor i, -1). Scalar evolution reads ~i as -i - 1, so the access is y[k - 1 - i],
// in [0, 98] for i in [0, k), k in [1, 100): no check that its index is not negative.
// CHECK-LABEL: func.func @reversed(
// CHECK-SAME:    mlc.assumptions = ["argument 0 and argument 1 do not overlap (noalias)"]
// CHECK:         %[[Y:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [99], strides: [1]
// CHECK:         scf.for %[[K:[a-z0-9_]+]] =
// CHECK:           scf.for %[[I:[a-z0-9_]+]] =
// CHECK:             %[[K1:.*]] = arith.addi %[[K]], %{{.*}} : index
// CHECK:             %[[J:.*]] = arith.subi %[[K1]], %[[I]] : index
// CHECK:             memref.load %[[Y]][%[[J]]]
func.func @reversed(%y: !llvm.ptr {llvm.noalias}, %z: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %m1 = arith.constant -1 : i64
  scf.for %k = %c1 to %c100 step %c1 {
    %k64 = arith.index_cast %k : index to i64
    %yk = llvm.getelementptr %y[%k64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    scf.for %i = %c0 to %k step %c1 {
      %i64 = arith.index_cast %i : index to i64
      %not = arith.xori %i64, %m1 : i64
      %p = llvm.getelementptr %yk[%not] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      %v = llvm.load %p : !llvm.ptr -> f64
      %q = llvm.getelementptr %z[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %v, %q : f64, !llvm.ptr
    }
  }
  return
}

// Unrolled by two, the second copy reads y[k - (i + 1) - 1] as y[k + (i ^ -2)]: i is
// even (the loop starts at 0 and steps by 2), so i ^ -2 is ~i - 1 = -i - 2.
// CHECK-LABEL: func.func @reversed_unrolled(
// CHECK-SAME:    mlc.assumptions = ["argument 0 and argument 1 do not overlap (noalias)"]
// CHECK:         %[[Y:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [99], strides: [1]
// CHECK:         scf.for %[[I:[a-z0-9_]+]] =
// CHECK:           %[[J:.*]] = arith.subi %{{.*}}, %[[I]] : index
// CHECK:           memref.load %[[Y]][%[[J]]]
func.func @reversed_unrolled(%y: !llvm.ptr {llvm.noalias}, %z: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %c100 = arith.constant 100 : index
  %k = arith.constant 100 : i64
  %m2 = arith.constant -2 : i64
  %yk = llvm.getelementptr %y[%k] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  scf.for %i = %c0 to %c100 step %c2 {
    %i64 = arith.index_cast %i : index to i64
    %x = arith.xori %i64, %m2 : i64
    %p = llvm.getelementptr %yk[%x] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %v = llvm.load %p : !llvm.ptr -> f64
    %q = llvm.getelementptr %z[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %v, %q : f64, !llvm.ptr
  }
  return
}
