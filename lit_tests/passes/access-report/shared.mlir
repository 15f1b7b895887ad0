// RUN: mlc-opt %s --access-report=remarks --verify-diagnostics -o /dev/null
// Workgroup memory (address space 3) gets its bank-conflict degree: reading a column of a
// 32x32 tile hits one bank 32 times; padding rows to 33 elements spreads it over all banks.

memref.global "private" @tile : memref<32x32xf32, 3>
memref.global "private" @padded : memref<32x33xf32, 3>
func.func @columns(%out: memref<32x32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  // expected-remark@+1 {{kernel @columns (mapped block 32x32x1 grid 1x1x1): 4 sectors/request (ideal 4; ld -, st 4), 4.0 KiB moved}}
  scf.parallel (%b) = (%c0) to (%c1) step (%c1) {
    scf.parallel (%ty, %tx) = (%c0, %c0) to (%c32, %c32) step (%c1, %c1) {
      %t = memref.get_global @tile : memref<32x32xf32, 3>
      %p = memref.get_global @padded : memref<32x33xf32, 3>
      // expected-remark@+1 {{load @tile (shared): 32-way bank conflicts; strides: threadIdx.x=32, threadIdx.y=1}}
      %a = memref.load %t[%tx, %ty] : memref<32x32xf32, 3>
      // expected-remark@+1 {{load @padded (shared): 1-way bank conflicts; strides: threadIdx.x=33, threadIdx.y=1}}
      %v = memref.load %p[%tx, %ty] : memref<32x33xf32, 3>
      %s = arith.addf %a, %v : f32
      // expected-remark@+1 {{store %arg0: 4 sectors/request (ideal 4, exact); strides: threadIdx.x=1, threadIdx.y=32}}
      memref.store %s, %out[%ty, %tx] : memref<32x32xf32>
      scf.reduce
    } {mapping = [#gpu.loop_dim_map<processor = thread_y, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                  #gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}
