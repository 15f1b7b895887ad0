// RUN: mlc-opt %s --serialize-barriers | FileCheck %s

// A thread loop with a barrier becomes two thread loops; the barrier inside the strip loop
// moves the thread loop into it. Pure values used across a barrier are recomputed, and the
// workgroup buffer moves to the default address space.

// CHECK: memref.global "private" @tile : memref<32xf32>
// CHECK-LABEL: func.func @reverse
// CHECK-NOT: gpu.barrier
// CHECK: scf.for %[[K:.*]] =
// CHECK-NEXT: scf.parallel (%[[T:.*]]) =
// CHECK: memref.store %{{.*}}, %{{.*}}[%[[T]]] : memref<32xf32>
// CHECK: scf.parallel (%[[U:.*]]) =
// CHECK: %[[R:.*]] = affine.apply #{{.*}}(%[[U]])
// CHECK: memref.load %{{.*}}[%[[R]]] : memref<32xf32>
memref.global "private" @tile : memref<32xf32, 3>
func.func @reverse(%A: memref<4x32xf32>, %B: memref<4x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c32 = arith.constant 32 : index
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %s = memref.get_global @tile : memref<32xf32, 3>
    %r = affine.apply affine_map<(d0) -> (31 - d0)>(%t)
    scf.for %k = %c0 to %c4 step %c1 {
      %v = memref.load %A[%k, %t] : memref<4x32xf32>
      memref.store %v, %s[%t] : memref<32xf32, 3>
      gpu.barrier
      %w = memref.load %s[%r] : memref<32xf32, 3>
      memref.store %w, %B[%k, %t] : memref<4x32xf32>
      gpu.barrier
    }
    scf.reduce
  }
  return
}
