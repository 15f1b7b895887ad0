// RUN: mlc-opt %s --split-input-file --interchange-loops --verify-diagnostics | FileCheck %s

// linalg.matmul lowered to i, j, k loops: j (no dependence) moves inside k, so B and C are
// walked along their rows.
// CHECK-LABEL: func.func @matmul_ijk(
// CHECK:         affine.for %[[I:.*]] = 0 to 64 {
// CHECK-NEXT:      affine.for %[[K:.*]] = 0 to 16 {
// CHECK-NEXT:        affine.for %[[J:.*]] = 0 to 32 {
// CHECK-NEXT:          affine.load %{{.*}}[%[[I]], %[[K]]]
// CHECK-NEXT:          affine.load %{{.*}}[%[[K]], %[[J]]]
// CHECK-NEXT:          affine.load %{{.*}}[%[[I]], %[[J]]]
func.func @matmul_ijk(%A: memref<64x16xf32>, %B: memref<16x32xf32>, %C: memref<64x32xf32>) {
  affine.for %i = 0 to 64 {
    // expected-remark@+1 {{moved innermost: memory cost 9 -> 3 (it carries no dependence)}}
    affine.for %j = 0 to 32 {
      affine.for %k = 0 to 16 {
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

// A column walk (the strided access of the roadmap): i moves innermost.
// CHECK-LABEL: func.func @column_walk(
// CHECK:         affine.for %[[J:.*]] = 0 to 48 {
// CHECK-NEXT:      affine.for %[[I:.*]] = 0 to 64 {
// CHECK-NEXT:        affine.load %{{.*}}[%[[J]], %[[I]]]
func.func @column_walk(%A: memref<48x64xf32>, %B: memref<48x64xf32>) {
  // expected-remark@+1 {{moved innermost: memory cost 16 -> 2}}
  affine.for %i = 0 to 64 {
    affine.for %j = 0 to 48 {
      %a = affine.load %A[%j, %i] : memref<48x64xf32>
      %b = arith.addf %a, %a : f32
      affine.store %b, %B[%j, %i] : memref<48x64xf32>
    }
  }
  return
}

// -----

// A transpose is strided on one side whatever the order: nothing moves.
// CHECK-LABEL: func.func @transpose(
// CHECK:         affine.for %{{.*}} = 0 to 64 {
// CHECK-NEXT:      affine.for %{{.*}} = 0 to 48 {
func.func @transpose(%A: memref<48x64xf32>, %B: memref<64x48xf32>) {
  affine.for %i = 0 to 64 {
    affine.for %j = 0 to 48 {
      %a = affine.load %A[%j, %i] : memref<48x64xf32>
      affine.store %a, %B[%i, %j] : memref<64x48xf32>
    }
  }
  return
}

// -----

// The column recurrence x[i][j] = x[i-1][j] + ... carries a dependence on i, and
// j already walks rows: nothing moves.
// CHECK-LABEL: func.func @already_unit_stride(
// CHECK:         affine.for %[[I:.*]] = 1 to 64 {
// CHECK-NEXT:      affine.for %[[J:.*]] = 0 to 48 {
func.func @already_unit_stride(%x: memref<64x48xf32>) {
  affine.for %i = 1 to 64 {
    affine.for %j = 0 to 48 {
      %a = affine.load %x[%i - 1, %j] : memref<64x48xf32>
      %b = affine.load %x[%i, %j] : memref<64x48xf32>
      %s = arith.addf %a, %b : f32
      affine.store %s, %x[%i, %j] : memref<64x48xf32>
    }
  }
  return
}

// -----

// A prefix sum along the rows of x, walked column by column: i carries the dependence and
// cannot move, j (the only free loop) is already innermost. Nothing moves.
// CHECK-LABEL: func.func @carried_outer(
// CHECK:         affine.for %{{.*}} = 1 to 64 {
// CHECK-NEXT:      affine.for %{{.*}} = 0 to 48 {
func.func @carried_outer(%x: memref<48x64xf32>) {
  affine.for %i = 1 to 64 {
    affine.for %j = 0 to 48 {
      %a = affine.load %x[%j, %i - 1] : memref<48x64xf32>
      %b = affine.load %x[%j, %i] : memref<48x64xf32>
      %s = arith.addf %a, %b : f32
      affine.store %s, %x[%j, %i] : memref<48x64xf32>
    }
  }
  return
}
