// RUN: mlc-opt %s --serialize-barriers --verify-diagnostics -o /dev/null
// A value live across a barrier is kept per thread, in a buffer with one slot per thread: the
// thread loop must have a thread count known at compile time.

func.func @crossing(%A: memref<?xf32>, %B: memref<?xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  // expected-error@+1 {{serialize-barriers: values live across a barrier in a thread loop without constant bounds from 0 with step 1}}
  scf.parallel (%t) = (%c0) to (%n) step (%c1) {
    %v = memref.load %A[%t] : memref<?xf32>
    gpu.barrier
    memref.store %v, %B[%t] : memref<?xf32>
    scf.reduce
  }
  return
}
