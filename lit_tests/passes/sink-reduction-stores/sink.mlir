// RUN: mlc-opt %s --split-input-file --sink-reduction-stores --verify-diagnostics | FileCheck %s
// RUN: mlc-opt %s --split-input-file "--pass-pipeline=builtin.module(sink-reduction-stores,distribute-loops,raise-affine-to-linalg,specialize-linalg)" 2>/dev/null | FileCheck %s --check-prefix=LINALG

// clang -O1's 2mm: the running sum is stored in every iteration of k, and D[i][j] *= beta
// is stored right before the loop that starts from it.
// CHECK-LABEL: func.func @stored_every_iteration(
// CHECK:         %[[S:.*]] = arith.mulf
// CHECK-NOT:     affine.store
// CHECK:         %[[R:.*]] = affine.for {{.*}} iter_args(%{{.*}} = %[[S]]) -> (f64) {
// CHECK-NOT:       affine.store
// CHECK:           affine.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.store %[[R]], %{{.*}}[%{{.*}}, %{{.*}}] : memref<100x130xf64>
// LINALG-LABEL: func.func @stored_every_iteration(
// LINALG:         linalg.generic
// LINALG:         linalg.matmul
// LINALG-NOT:     affine.for
// LINALG:         return
func.func @stored_every_iteration(%beta: f64, %D: memref<100x130xf64>, %T: memref<100x110xf64>, %C: memref<110x130xf64>) {
  affine.for %i = 0 to 100 {
    affine.for %j = 0 to 130 {
      %d = affine.load %D[%i, %j] : memref<100x130xf64>
      %s = arith.mulf %d, %beta : f64
      // expected-remark@+1 {{store removed: the reduction's store after the loop overwrites it}}
      affine.store %s, %D[%i, %j] : memref<100x130xf64>
      %r = affine.for %k = 0 to 110 iter_args(%acc = %s) -> (f64) {
        %t = affine.load %T[%i, %k] : memref<100x110xf64>
        %c = affine.load %C[%k, %j] : memref<110x130xf64>
        %m = arith.mulf %t, %c : f64
        %a = arith.addf %acc, %m : f64
        // expected-remark@+1 {{store of the reduction moved after its loop}}
        affine.store %a, %D[%i, %j] : memref<100x130xf64>
        affine.yield %a : f64
      }
    }
  }
  return
}

// -----

// The loop also reads the array it stores to: the store stays.
// CHECK-LABEL: func.func @array_read_in_loop(
// CHECK:         affine.for
// CHECK:           affine.store
// CHECK-NEXT:      affine.yield
func.func @array_read_in_loop(%x: memref<64xf64>, %out: memref<64xf64>) {
  %zero = arith.constant 0.0 : f64
  %r = affine.for %k = 0 to 64 iter_args(%acc = %zero) -> (f64) {
    %v = affine.load %x[%k] : memref<64xf64>
    %a = arith.addf %acc, %v : f64
    affine.store %a, %x[0] : memref<64xf64>
    affine.yield %a : f64
  }
  return
}

// -----

// A loop that may run zero times never stores: the store stays inside.
// CHECK-LABEL: func.func @maybe_empty(
// CHECK:         affine.for
// CHECK:           affine.store
// CHECK-NEXT:      affine.yield
func.func @maybe_empty(%n: index, %x: memref<?xf64>, %out: memref<1xf64>) {
  %zero = arith.constant 0.0 : f64
  %r = affine.for %k = 0 to %n iter_args(%acc = %zero) -> (f64) {
    %v = affine.load %x[%k] : memref<?xf64>
    %a = arith.addf %acc, %v : f64
    affine.store %a, %out[0] : memref<1xf64>
    affine.yield %a : f64
  }
  return
}

// -----

// The stored address moves with the loop (a prefix sum): every store is observable.
// CHECK-LABEL: func.func @moving_address(
// CHECK:         affine.for
// CHECK:           affine.store
// CHECK-NEXT:      affine.yield
func.func @moving_address(%x: memref<64xf64>, %out: memref<64xf64>) {
  %zero = arith.constant 0.0 : f64
  %r = affine.for %k = 0 to 64 iter_args(%acc = %zero) -> (f64) {
    %v = affine.load %x[%k] : memref<64xf64>
    %a = arith.addf %acc, %v : f64
    affine.store %a, %out[%k] : memref<64xf64>
    affine.yield %a : f64
  }
  return
}
