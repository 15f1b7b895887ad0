// RUN: mlc-opt %s --raise-scf-to-affine --verify-diagnostics | FileCheck %s

// A bound that is a loaded value is not an affine symbol.
// CHECK-LABEL: func.func @loaded_bound(
// CHECK:         scf.for
func.func @loaded_bound(%p: memref<index>, %a: memref<?xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f64
  %n = memref.load %p[] : memref<index>
  // expected-remark@+1 {{loop not raised to affine.for: its upper bound depends on a value computed in the function}}
  scf.for %i = %c0 to %n step %c1 {
    memref.store %one, %a[%i] : memref<?xf64>
  }
  return
}
