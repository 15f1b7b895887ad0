// RUN: mlc-opt %s --split-input-file --fuse-loops --verify-diagnostics | FileCheck %s

// A fill and the matmul that accumulates into it (after interchange: i, k, j): the i loops
// fuse, so each row of C is zeroed right before it is accumulated.
// CHECK-LABEL: func.func @fill_then_matmul(
// CHECK:         affine.for %[[I:.*]] = 0 to 64 {
// CHECK-NEXT:      affine.for %{{.*}} = 0 to 32 {
// CHECK-NEXT:        affine.store
// CHECK-NEXT:      }
// CHECK-NEXT:      affine.for %{{.*}} = 0 to 16 {
// CHECK-NEXT:        affine.for %{{.*}} = 0 to 32 {
// CHECK:         return
func.func @fill_then_matmul(%A: memref<64x16xf32>, %B: memref<16x32xf32>, %C: memref<64x32xf32>) {
  %zero = arith.constant 0.0 : f32
  // expected-remark@+1 {{loop fused with the next one (they access the same arrays)}}
  affine.for %i = 0 to 64 {
    affine.for %j = 0 to 32 {
      affine.store %zero, %C[%i, %j] : memref<64x32xf32>
    }
  }
  affine.for %i = 0 to 64 {
    affine.for %k = 0 to 16 {
      affine.for %j = 0 to 32 {
        %a = affine.load %A[%i, %k] : memref<64x16xf32>
        %b = affine.load %B[%k, %j] : memref<16x32xf32>
        %c = affine.load %C[%i, %j] : memref<64x32xf32>
        %m = arith.mulf %a, %b : f32
        %s = arith.addf %c, %m : f32
        affine.store %s, %C[%i, %j] : memref<64x32xf32>
      }
    }
  }
  return
}

// -----

// Elementwise producer and consumer: fused down to one loop.
// CHECK-LABEL: func.func @producer_consumer(
// CHECK:         affine.for
// CHECK-NEXT:      affine.load
// CHECK-NEXT:      arith.mulf
// CHECK-NEXT:      affine.store
// CHECK-NEXT:      affine.load
// CHECK-NEXT:      arith.addf
// CHECK-NEXT:      affine.store
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @producer_consumer(%x: memref<64xf32>, %t: memref<64xf32>, %y: memref<64xf32>) {
  // expected-remark@+1 {{loop fused with the next one}}
  affine.for %i = 0 to 64 {
    %v = affine.load %x[%i] : memref<64xf32>
    %w = arith.mulf %v, %v : f32
    affine.store %w, %t[%i] : memref<64xf32>
  }
  affine.for %i = 0 to 64 {
    %v = affine.load %t[%i] : memref<64xf32>
    %w = arith.addf %v, %v : f32
    affine.store %w, %y[%i] : memref<64xf32>
  }
  return
}

// -----

// The consumer reads t[i+1], which the fused producer would not have written yet.
// CHECK-LABEL: func.func @reads_ahead(
// CHECK:         affine.for
// CHECK:         affine.for
func.func @reads_ahead(%x: memref<65xf32>, %t: memref<65xf32>, %y: memref<64xf32>) {
  // expected-remark@+1 {{loop not fused with the next one: store of}}
  affine.for %i = 0 to 64 {
    %v = affine.load %x[%i] : memref<65xf32>
    affine.store %v, %t[%i] : memref<65xf32>
  }
  affine.for %i = 0 to 64 {
    %v = affine.load %t[%i + 1] : memref<65xf32>
    affine.store %v, %y[%i] : memref<64xf32>
  }
  return
}

// -----

// Different arrays, or different bounds: nothing to fuse, no remark.
// CHECK-LABEL: func.func @unrelated(
// CHECK:         affine.for
// CHECK:         affine.for
// CHECK:         affine.for
func.func @unrelated(%x: memref<64xf32>, %y: memref<64xf32>) {
  %one = arith.constant 1.0 : f32
  affine.for %i = 0 to 64 {
    affine.store %one, %x[%i] : memref<64xf32>
  }
  affine.for %i = 0 to 64 {
    affine.store %one, %y[%i] : memref<64xf32>
  }
  affine.for %i = 0 to 32 {
    affine.store %one, %y[%i] : memref<64xf32>
  }
  return
}
