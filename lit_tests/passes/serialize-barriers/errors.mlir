// RUN: mlc-opt %s --serialize-barriers --verify-diagnostics -o /dev/null
// A value loaded before a barrier and used after it cannot be recomputed: refused.


func.func @crossing(%A: memref<32xf32>, %B: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  // expected-error@+1 {{serialize-barriers: a value of 'memref.load' crosses a barrier}}
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %v = memref.load %A[%t] : memref<32xf32>
    gpu.barrier
    memref.store %v, %B[%t] : memref<32xf32>
    scf.reduce
  }
  return
}
