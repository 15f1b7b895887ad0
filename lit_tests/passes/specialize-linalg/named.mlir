// RUN: mlc-opt %s --specialize-linalg | FileCheck %s

// y[j] += A[i][j] * x[i] with i outermost: the loops are renamed (a parallel loop
// moves), the reduction order per output is unchanged, so it is a linalg.vecmat.
// CHECK-LABEL: func.func @gemv_t(
// CHECK:         linalg.vecmat ins(%[[X:.*]], %[[A:.*]] : memref<?xf64>, memref<?x?xf64>) outs(%{{.*}} : memref<?xf64>)
// CHECK-NOT:     linalg.generic
func.func @gemv_t(%a: memref<?x?xf64>, %x: memref<?xf64>, %y: memref<?xf64>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (j)>],
                  iterator_types = ["reduction", "parallel"]}
      ins(%a, %x : memref<?x?xf64>, memref<?xf64>) outs(%y : memref<?xf64>) {
  ^bb0(%p: f64, %q: f64, %r: f64):
    %m = arith.mulf %p, %q : f64
    %s = arith.addf %m, %r : f64
    linalg.yield %s : f64
  }
  return
}

// CHECK-LABEL: func.func @conv(
// CHECK:         linalg.conv_2d ins(%{{.*}}, %{{.*}} : memref<?x?xf32>, memref<3x3xf32>) outs(%{{.*}} : memref<?x?xf32>)
func.func @conv(%in: memref<?x?xf32>, %f: memref<3x3xf32>, %o: memref<?x?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a + c, b + d)>, affine_map<(a, b, c, d) -> (c, d)>,
                                   affine_map<(a, b, c, d) -> (a, b)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%in, %f : memref<?x?xf32>, memref<3x3xf32>) outs(%o : memref<?x?xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %m, %z : f32
    linalg.yield %s : f32
  }
  return
}

// Two reductions in the other order (k2 before k1) would change the summation
// order of a convolution: not a linalg.conv_2d.
// CHECK-LABEL: func.func @swapped(
// CHECK:         linalg.generic
func.func @swapped(%in: memref<?x?xf32>, %f: memref<3x3xf32>, %o: memref<?x?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(a, b, c, d) -> (a + d, b + c)>, affine_map<(a, b, c, d) -> (d, c)>,
                                   affine_map<(a, b, c, d) -> (a, b)>],
                  iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
      ins(%in, %f : memref<?x?xf32>, memref<3x3xf32>) outs(%o : memref<?x?xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %m = arith.mulf %x, %y : f32
    %s = arith.addf %m, %z : f32
    linalg.yield %s : f32
  }
  return
}
