// RUN: mlc-opt %s --raise-affine-to-linalg --canonicalize --cse | FileCheck %s

// A register reduction stored after its loop: fill with the initial value, then
// accumulate with k as a reduction dimension (matmul order: i, j, k).
// CHECK-DAG: #[[A:.*]] = affine_map<(d0, d1, d2) -> (d0, d2)>
// CHECK-DAG: #[[B:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// CHECK-DAG: #[[C:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// CHECK-LABEL: func.func @matmul(
// CHECK:         linalg.fill ins(%{{.*}} : f32) outs(%[[OUT:[a-z0-9_]+]] : memref
// CHECK:         linalg.generic {indexing_maps = [#[[A]], #[[B]], #[[C]]], iterator_types = ["parallel", "parallel", "reduction"]}
// CHECK-SAME:      outs(%[[OUT]] :
// CHECK:           %[[M:.*]] = arith.mulf
// CHECK:           arith.addf %[[M]], %{{.*}} : f32
func.func @matmul(%n: index, %a: memref<?x64xf32>, %b: memref<64x48xf32>, %c: memref<?x48xf32>) {
  %zero = arith.constant 0.0 : f32
  affine.for %i = 0 to %n {
    affine.for %j = 0 to 48 {
      %s = affine.for %k = 0 to 64 iter_args(%acc = %zero) -> (f32) {
        %x = affine.load %a[%i, %k] : memref<?x64xf32>
        %y = affine.load %b[%k, %j] : memref<64x48xf32>
        %m = arith.mulf %x, %y : f32
        %t = arith.addf %m, %acc : f32
        affine.yield %t : f32
      }
      affine.store %s, %c[%i, %j] : memref<?x48xf32>
    }
  }
  return
}

// A 3-point stencil from i = 1: the operands are subviews starting where the
// loops start, so the maps are plain dimensions.
// CHECK-LABEL: func.func @jacobi(
// CHECK:         linalg.generic {indexing_maps = [#{{.*}}, #{{.*}}, #{{.*}}, #{{.*}}], iterator_types = ["parallel"]}
// CHECK:           arith.addf
// CHECK:           arith.addf
func.func @jacobi(%n: index, %a: memref<?xf64>, %b: memref<?xf64>) {
  affine.for %i = 1 to %n {
    %l = affine.load %a[%i - 1] : memref<?xf64>
    %c = affine.load %a[%i] : memref<?xf64>
    %r = affine.load %a[%i + 1] : memref<?xf64>
    %s = arith.addf %l, %c : f64
    %t = arith.addf %s, %r : f64
    affine.store %t, %b[%i] : memref<?xf64>
  }
  return
}

// A reduction into memory over the outer loop: c[j] += a[i][j].
// CHECK-LABEL: func.func @colsum(
// CHECK:         iterator_types = ["reduction", "parallel"]
func.func @colsum(%m: index, %n: index, %a: memref<?x?xf32>, %c: memref<?xf32>) {
  affine.for %i = 0 to %m {
    affine.for %j = 0 to %n {
      %x = affine.load %a[%i, %j] : memref<?x?xf32>
      %y = affine.load %c[%j] : memref<?xf32>
      %s = arith.addf %y, %x : f32
      affine.store %s, %c[%j] : memref<?xf32>
    }
  }
  return
}
