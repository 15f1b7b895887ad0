// RUN: mlc-opt %s --split-input-file --serialize-barriers | FileCheck %s
// Values live across a barrier stay with their thread: a buffer with one slot per thread
// (allocated around the thread loop) holds them from the segment that computes them to the
// segments that use them. A loop with barriers carries its values the same way.

// CHECK-LABEL: func.func @crossing
// CHECK: %[[SLOT:.*]] = memref.alloc() : memref<32xf32>
// CHECK: scf.parallel (%[[T:.*]]) =
// CHECK-NEXT: %[[V:.*]] = memref.load %{{.*}}[%[[T]]]
// CHECK-NEXT: memref.store %[[V]], %[[SLOT]][%[[T]]]
// CHECK: scf.parallel (%[[U:.*]]) =
// CHECK-NEXT: %[[W:.*]] = memref.load %[[SLOT]][%[[U]]]
// CHECK-NEXT: memref.store %[[W]], %{{.*}}[%[[U]]]
// CHECK: memref.dealloc %[[SLOT]]
func.func @crossing(%A: memref<32xf32>, %B: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %v = memref.load %A[%t] : memref<32xf32>
    gpu.barrier
    memref.store %v, %B[%t] : memref<32xf32>
    scf.reduce
  }
  return
}

// -----

// CHECK-LABEL: func.func @carried
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[ACC:.*]] = memref.alloc() : memref<32xf32>
// CHECK: scf.parallel (%[[T0:.*]]) =
// CHECK-NEXT: memref.store %[[ZERO]], %[[ACC]][%[[T0]]]
// CHECK: scf.for %[[K:.*]] = {{.*}} {
// CHECK-NOT: iter_args
// CHECK: scf.parallel (%[[T1:.*]]) =
// CHECK: memref.load %{{.*}}[%[[K]], %[[T1]]]
// CHECK: scf.parallel (%[[T2:.*]]) =
// CHECK: %[[OLD:.*]] = memref.load %[[ACC]][%[[T2]]]
// CHECK: %[[NEW:.*]] = arith.addf %[[OLD]],
// CHECK: memref.store %[[NEW]], %[[NEXT:.*]][%[[T2]]]
// CHECK: scf.parallel (%[[T3:.*]]) =
// CHECK-NEXT: %[[N:.*]] = memref.load %[[NEXT]][%[[T3]]]
// CHECK-NEXT: memref.store %[[N]], %[[ACC]][%[[T3]]]
// CHECK: scf.parallel (%[[T4:.*]]) =
// CHECK-NEXT: %[[SUM:.*]] = memref.load %[[ACC]][%[[T4]]]
// CHECK-NEXT: memref.store %[[SUM]], %{{.*}}[%[[T4]]]
memref.global "private" @tile : memref<32xf32, 3>
func.func @carried(%A: memref<4x32xf32>, %B: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c32 = arith.constant 32 : index
  %zero = arith.constant 0.0 : f32
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %s = memref.get_global @tile : memref<32xf32, 3>
    %r = affine.apply affine_map<(d0) -> (31 - d0)>(%t)
    %sum = scf.for %k = %c0 to %c4 step %c1 iter_args(%acc = %zero) -> f32 {
      %v = memref.load %A[%k, %t] : memref<4x32xf32>
      memref.store %v, %s[%t] : memref<32xf32, 3>
      gpu.barrier
      %w = memref.load %s[%r] : memref<32xf32, 3>
      %next = arith.addf %acc, %w : f32
      gpu.barrier
      scf.yield %next : f32
    }
    memref.store %sum, %B[%t] : memref<32xf32>
    scf.reduce
  }
  return
}
