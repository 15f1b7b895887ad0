// RUN: mlc-opt %s --coalesce --verify-diagnostics -o /dev/null
// Accesses no mapping coalesces and staging would not help get a remark saying why.

func.func @strided(%in: memref<512x2048xf32>, %out: memref<512x1024xf32>) {
  %two = arith.constant 2.0 : f32
  // expected-remark@+2 {{coalesce: parallelized loops}}
  // expected-remark@+1 {{coalesce: threadIdx.x = d1 (32), threadIdx.y = d0 (8); sectors/request 32 (ideal 4) with threadIdx.x = d0 -> 6 (ideal 4)}}
  affine.for %i = 0 to 512 {
    affine.for %j = 0 to 1024 {
      // expected-remark@+1 {{coalesce: not staged: stride 2 along threadIdx.x: a dense tile would move 2x the bytes it uses}}
      %v = affine.load %in[%i, %j * 2] : memref<512x2048xf32>
      %w = arith.mulf %v, %two : f32
      affine.store %w, %out[%i, %j] : memref<512x1024xf32>
    }
  }
  // expected-remark@-8 {{coalesce: not vectorized: %arg0 is strided along the x loop}}
  return
}
