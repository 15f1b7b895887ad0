// RUN: mlc-opt %s --access-report=remarks --verify-diagnostics -o /dev/null
// The transpose as upstream maps it (tile 32x8, loop dimension 0 on threadIdx.x): the load
// walks down columns (32 sectors per request), the store is coalesced.

#map = affine_map<(d0, d1) -> (d0 + d1)>
func.func @transpose(%A: memref<256x512xf32>, %B: memref<512x256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c32 = arith.constant 32 : index
  %c256 = arith.constant 256 : index
  %c512 = arith.constant 512 : index
  // expected-remark@+1 {{kernel @transpose (mapped block 32x8x1 grid 8x64x1): 18 sectors/request (ideal 4; ld 32, st 4), 1.0 MiB moved}}
  scf.parallel (%bi, %bj) = (%c0, %c0) to (%c256, %c512) step (%c32, %c8) {
    scf.parallel (%ti, %tj) = (%c0, %c0) to (%c32, %c8) step (%c1, %c1) {
      %i = affine.apply #map(%bi, %ti)
      %j = affine.apply #map(%bj, %tj)
      // expected-remark@+1 {{load %arg0: 32 sectors/request (ideal 4, exact); strides: threadIdx.x=512, threadIdx.y=1, blockIdx.x=16384, blockIdx.y=8; stride 512 elements along threadIdx.x}}
      %v = memref.load %A[%i, %j] : memref<256x512xf32>
      // expected-remark@+1 {{store %arg1: 4 sectors/request (ideal 4, exact); strides: threadIdx.x=1, threadIdx.y=256, blockIdx.x=32, blockIdx.y=2048}}
      memref.store %v, %B[%j, %i] : memref<512x256xf32>
      scf.reduce
    } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                  #gpu.loop_dim_map<processor = thread_y, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                #gpu.loop_dim_map<processor = block_y, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}
