// RUN: mlc-opt %s --tile --verify-diagnostics | FileCheck %s
// Affine loops (as raised from .ll): the dependence test lets j run in parallel and keeps
// i, which carries A[i+1][j] = A[i][j] + 1, as a loop inside each thread.

// CHECK-LABEL: func.func @stencil
// CHECK: scf.parallel
// CHECK: scf.parallel
// CHECK: scf.for
// CHECK: memref.load
// CHECK: mapping = [#gpu.loop_dim_map<processor = thread_x
func.func @stencil(%A: memref<65x256xf32>) {
  %one = arith.constant 1.0 : f32
  // expected-remark@+2 {{tile: parallelized loops %arg2; kept sequential: %arg1}}
  // expected-remark@+1 {{tile: threadIdx.x = d0 (64)}}
  affine.for %i = 0 to 64 {
    affine.for %j = 0 to 256 {
      %v = affine.load %A[%i, %j] : memref<65x256xf32>
      %w = arith.addf %v, %one : f32
      affine.store %w, %A[%i + 1, %j] : memref<65x256xf32>
    }
  }
  return
}
