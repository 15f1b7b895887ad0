// RUN: mlc-opt %s --simplify-loop-guards | FileCheck %s

// `n > 0` guards a loop over [0, n): when it fails the loop is empty anyway.
// CHECK-LABEL: func.func @redundant(
// CHECK-NOT:     scf.if
// CHECK:         scf.for
func.func @redundant(%n: i32, %a: memref<?xf64>) {
  %c0_i32 = arith.constant 0 : i32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f64
  %g = arith.cmpi sgt, %n, %c0_i32 : i32
  scf.if %g {
    %ub = arith.index_cast %n : i32 to index
    scf.for %i = %c0 to %ub step %c1 {
      memref.store %one, %a[%i] : memref<?xf64>
    }
  }
  return
}

// With results: the loop result is its init when the loop is empty.
// CHECK-LABEL: func.func @reduction(
// CHECK-NOT:     scf.if
// CHECK:         %[[R:.*]] = scf.for
// CHECK:         return %[[R]]
func.func @reduction(%n: i32, %a: memref<?xf64>) -> f64 {
  %c0_i32 = arith.constant 0 : i32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f64
  %g = arith.cmpi sgt, %n, %c0_i32 : i32
  %r = scf.if %g -> (f64) {
    %ub = arith.index_cast %n : i32 to index
    %s = scf.for %i = %c0 to %ub step %c1 iter_args(%acc = %zero) -> (f64) {
      %v = memref.load %a[%i] : memref<?xf64>
      %t = arith.addf %acc, %v : f64
      scf.yield %t : f64
    }
    scf.yield %s : f64
  } else {
    scf.yield %zero : f64
  }
  return %r : f64
}

// The guard of an inner loop stays (the zero-extended bound would not make the loop
// empty), but it does not change in the outer loop, so it moves out of it.
// CHECK-LABEL: func.func @invariant(
// CHECK:         scf.if
// CHECK-NEXT:      scf.for
// CHECK-NEXT:        scf.for
func.func @invariant(%m: index, %n: i32, %a: memref<?x?xf64>) {
  %c0_i32 = arith.constant 0 : i32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f64
  %g = arith.cmpi sgt, %n, %c0_i32 : i32
  %wide = arith.extui %n : i32 to i64
  %ub = arith.index_cast %wide : i64 to index
  scf.for %i = %c0 to %m step %c1 {
    scf.if %g {
      scf.for %j = %c0 to %ub step %c1 {
        memref.store %one, %a[%i, %j] : memref<?x?xf64>
      }
    }
  }
  return
}
