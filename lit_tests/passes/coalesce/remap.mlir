// RUN: mlc-opt %s --coalesce --verify-diagnostics | FileCheck %s
// A nest mapped by upstream's scf-parallel-loop-tiling + gpu-map-parallel-loops (not tiled by
// mlc): coalesce only permutes its hardware ids, which is always legal.

// CHECK-LABEL: func.func @copy
// CHECK: mapping = [#gpu.loop_dim_map<processor = thread_y{{.*}}>, #gpu.loop_dim_map<processor = thread_x{{.*}}>]
// CHECK: mapping = [#gpu.loop_dim_map<processor = block_y{{.*}}>, #gpu.loop_dim_map<processor = block_x{{.*}}>]
func.func @copy(%A: memref<256x256xf32>, %B: memref<256x256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c256 = arith.constant 256 : index
  // expected-remark@+1 {{coalesce: permuted hardware ids: 32 -> 4 sectors/request}}
  scf.parallel (%bi, %bj) = (%c0, %c0) to (%c256, %c256) step (%c32, %c32) {
    scf.parallel (%ti, %tj) = (%c0, %c0) to (%c32, %c32) step (%c1, %c1) {
      %i = arith.addi %bi, %ti : index
      %j = arith.addi %bj, %tj : index
      %v = memref.load %A[%i, %j] : memref<256x256xf32>
      memref.store %v, %B[%i, %j] : memref<256x256xf32>
      scf.reduce
    } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                  #gpu.loop_dim_map<processor = thread_y, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>,
                #gpu.loop_dim_map<processor = block_y, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}
