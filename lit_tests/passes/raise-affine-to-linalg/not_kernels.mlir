// RUN: mlc-opt %s --raise-affine-to-linalg --verify-diagnostics | FileCheck %s

// A triangular iteration space has no linalg form.
// CHECK-LABEL: func.func @triangle(
// CHECK:         affine.for
func.func @triangle(%n: index, %a: memref<?x?xf64>) {
  %one = arith.constant 1.0 : f64
  affine.for %i = 0 to %n {
    // expected-remark@+1 {{loop nest not raised to linalg: the iteration space is not rectangular (a bound depends on an outer loop)}}
    affine.for %j = 0 to affine_map<(d0) -> (d0 + 1)>(%i) {
      affine.store %one, %a[%i, %j] : memref<?x?xf64>
    }
  }
  return
}

// a[i] = a[i - 1] * 2: a written array read at another element.
// CHECK-LABEL: func.func @recurrence(
func.func @recurrence(%n: index, %a: memref<?xf64>) {
  %two = arith.constant 2.0 : f64
  affine.for %i = 1 to %n {
    // expected-remark@+1 {{loop nest not raised to linalg: an array written in the nest is read at another element}}
    %p = affine.load %a[%i - 1] : memref<?xf64>
    %v = arith.mulf %p, %two : f64
    affine.store %v, %a[%i] : memref<?xf64>
  }
  return
}
