// RUN: mlc-opt %s --coalesce | FileCheck %s
// RUN: mlc-opt %s '--coalesce=vector-bits=64' | FileCheck %s --check-prefix=V2
// RUN: mlc-opt %s '--coalesce=vectorize=false' | FileCheck %s --check-prefix=SCALAR
// RUN: mlc-opt %s --coalesce --verify-diagnostics -o /dev/null

// Broadcast add: x takes the contiguous dimension, 4 elements per thread as 128-bit accesses;
// the column bias, uniform along x, stays a scalar load broadcast to the vector. Vector
// accesses carry their alignment (without it NVPTX splits them into scalar loads).

// CHECK-LABEL: func.func @bias
// CHECK: %[[A:.*]] = vector.load %arg0[%{{.*}}, %{{.*}}] {alignment = 16 : i64} : memref<256x1024xf32>, vector<4xf32>
// CHECK: %[[R:.*]] = vector.load %arg1[%{{.*}}] {alignment = 16 : i64} : memref<1024xf32>, vector<4xf32>
// CHECK: %[[C:.*]] = memref.load %arg2[%{{.*}}] : memref<256xf32>
// CHECK: %[[S:.*]] = arith.addf %[[A]], %[[R]] : vector<4xf32>
// CHECK: %[[CB:.*]] = vector.broadcast %[[C]] : f32 to vector<4xf32>
// CHECK: %[[T:.*]] = arith.addf %[[S]], %[[CB]] : vector<4xf32>
// CHECK: vector.store %[[T]], %arg3[%{{.*}}, %{{.*}}] {alignment = 16 : i64} : memref<256x1024xf32>, vector<4xf32>

// V2: vector.load %arg0{{.*}} {alignment = 8 : i64} : {{.*}} vector<2xf32>

// SCALAR-NOT: vector.
func.func @bias(%A: memref<256x1024xf32>, %row: memref<1024xf32>, %col: memref<256xf32>, %C: memref<256x1024xf32>) {
  // expected-remark@+1 {{coalesce: threadIdx.x = d1 (32, vector 4), threadIdx.y = d0 (4); sectors/request 17.25 (ideal 3.25) with threadIdx.x = d0 -> 12.25 (ideal 12.25)}}
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>,
                                   affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%A, %row, %col : memref<256x1024xf32>, memref<1024xf32>, memref<256xf32>)
    outs(%C : memref<256x1024xf32>) {
  ^bb0(%a: f32, %r: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %r : f32
    %t = arith.addf %s, %c : f32
    linalg.yield %t : f32
  }
  return
}
