// RUN: mlc-opt %s --split-input-file --distribute-loops --verify-diagnostics | FileCheck %s
// RUN: mlc-opt %s --split-input-file "--pass-pipeline=builtin.module(distribute-loops,raise-affine-to-linalg,specialize-linalg,func.func(linalg-specialize-generic-ops),canonicalize)" 2>/dev/null | FileCheck %s --check-prefix=LINALG

// gemm with the beta scaling inside the i loop: a scaling nest, then a matmul nest.
// CHECK-LABEL: func.func @gemm(
// CHECK:         affine.for %[[I:.*]] = 0 to 120 {
// CHECK-NEXT:      affine.for %[[J:.*]] = 0 to 130 {
// CHECK:             arith.mulf
// CHECK:             affine.store
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.for %{{.*}} = 0 to 120 {
// CHECK-NEXT:      affine.for %{{.*}} = 0 to 140 {
// CHECK-NEXT:        affine.for %{{.*}} = 0 to 130 {
// LINALG-LABEL: func.func @gemm(
// LINALG:         linalg.generic
// LINALG:         linalg.generic
// LINALG-NOT:     affine.for
// LINALG:         return
func.func @gemm(%alpha: f64, %beta: f64, %C: memref<120x130xf64>, %A: memref<120x140xf64>, %B: memref<140x130xf64>) {
  // expected-remark@+1 {{loop distributed into 2 loops}}
  affine.for %i = 0 to 120 {
    affine.for %j = 0 to 130 {
      %c = affine.load %C[%i, %j] : memref<120x130xf64>
      %s = arith.mulf %c, %beta : f64
      affine.store %s, %C[%i, %j] : memref<120x130xf64>
    }
    affine.for %k = 0 to 140 {
      affine.for %j = 0 to 130 {
        %a = affine.load %A[%i, %k] : memref<120x140xf64>
        %aa = arith.mulf %alpha, %a : f64
        %b = affine.load %B[%k, %j] : memref<140x130xf64>
        %m = arith.mulf %aa, %b : f64
        %c = affine.load %C[%i, %j] : memref<120x130xf64>
        %t = arith.addf %c, %m : f64
        affine.store %t, %C[%i, %j] : memref<120x130xf64>
      }
    }
  }
  return
}

// -----

// 2mm's first product: zero-initialise, then accumulate (the j loop is distributed first, then i).
// CHECK-LABEL: func.func @init_then_accumulate(
// CHECK:         affine.for
// CHECK-NEXT:      affine.for
// CHECK-NEXT:        affine.store
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.for
// CHECK-NEXT:      affine.for
// CHECK-NEXT:        affine.for
// LINALG-LABEL: func.func @init_then_accumulate(
// LINALG:         linalg.fill
// LINALG:         linalg.matmul
// LINALG-NOT:     affine.for
// LINALG:         return
func.func @init_then_accumulate(%T: memref<64x32xf32>, %A: memref<64x16xf32>, %B: memref<16x32xf32>) {
  %zero = arith.constant 0.0 : f32
  // expected-remark@+1 {{loop distributed into 2 loops}}
  affine.for %i = 0 to 64 {
    // expected-remark@+1 {{loop distributed into 2 loops}}
    affine.for %j = 0 to 32 {
      affine.store %zero, %T[%i, %j] : memref<64x32xf32>
      affine.for %k = 0 to 16 {
        %a = affine.load %A[%i, %k] : memref<64x16xf32>
        %b = affine.load %B[%k, %j] : memref<16x32xf32>
        %m = arith.mulf %a, %b : f32
        %c = affine.load %T[%i, %j] : memref<64x32xf32>
        %t = arith.addf %c, %m : f32
        affine.store %t, %T[%i, %j] : memref<64x32xf32>
      }
    }
  }
  return
}

// -----

// The second statement reads x[i+1], which the first writes in the next iteration:
// distributing would let it read the new value. The loop stays as it is.
// CHECK-LABEL: func.func @backward_dependence(
// CHECK:         affine.for
// CHECK-NOT:     affine.for
// CHECK:         return
func.func @backward_dependence(%x: memref<65xf32>, %y: memref<64xf32>) {
  // expected-remark@+1 {{loop not distributed: store of}}
  affine.for %i = 0 to 64 {
    %one = arith.constant 1.0 : f32
    affine.store %one, %x[%i] : memref<65xf32>
    %v = affine.load %x[%i + 1] : memref<65xf32>
    affine.store %v, %y[%i] : memref<64xf32>
  }
  return
}

// -----

// A scalar temporary in memory (a rank-0 memref) written by one statement and read by the
// next links every iteration: not distributed.
// CHECK-LABEL: func.func @scalar_temporary(
// CHECK:         affine.for
// CHECK-NOT:     affine.for
func.func @scalar_temporary(%t: memref<f32>, %a: memref<64xf32>, %b: memref<64xf32>) {
  // expected-remark@+1 {{loop not distributed}}
  affine.for %i = 0 to 64 {
    %v = affine.load %a[%i] : memref<64xf32>
    affine.store %v, %t[] : memref<f32>
    %w = affine.load %t[] : memref<f32>
    affine.store %w, %b[%i] : memref<64xf32>
  }
  return
}

// -----

// A call may touch any memory: the loop is left alone.
func.func private @touch(memref<64xf32>)
// CHECK-LABEL: func.func @opaque_call(
func.func @opaque_call(%a: memref<64xf32>, %b: memref<64xf32>) {
  // expected-remark@+1 {{loop not distributed: 'func.call' has memory effects the dependence test cannot see}}
  affine.for %i = 0 to 64 {
    %one = arith.constant 1.0 : f32
    affine.store %one, %a[%i] : memref<64xf32>
    func.call @touch(%b) : (memref<64xf32>) -> ()
  }
  return
}

// -----

// Two independent statements writing different arrays from the same input: distributed.
// CHECK-LABEL: func.func @independent(
// CHECK:         affine.for
// CHECK-NEXT:      affine.load
// CHECK-NEXT:      affine.store
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.for
func.func @independent(%a: memref<64xf32>, %b: memref<64xf32>, %c: memref<64xf32>) {
  // expected-remark@+1 {{loop distributed into 2 loops}}
  affine.for %i = 0 to 64 {
    %v = affine.load %a[%i] : memref<64xf32>
    affine.store %v, %b[%i] : memref<64xf32>
    %w = affine.load %a[%i] : memref<64xf32>
    %x = arith.addf %w, %w : f32
    affine.store %x, %c[%i] : memref<64xf32>
  }
  return
}
