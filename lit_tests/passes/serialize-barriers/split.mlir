// RUN: mlc-opt %s --split-input-file --serialize-barriers | FileCheck %s

// A thread loop with a barrier becomes two thread loops; the barrier inside the strip loop
// moves the thread loop into it. Pure values used across a barrier are recomputed. Without a
// block loop the function is one block: its tile is a stack slot, poisoned (NaN) on entry,
// and the workgroup global is gone.

// CHECK-NOT: memref.global
// CHECK-LABEL: func.func @reverse
// CHECK: %[[TILE:.*]] = memref.alloca() : memref<32xf32>
// CHECK: %[[NAN:.*]] = arith.constant 0x7FC00000 : f32
// CHECK: linalg.fill ins(%[[NAN]] : f32) outs(%[[TILE]] : memref<32xf32>)
// CHECK-NOT: gpu.barrier
// CHECK: scf.for %[[K:.*]] =
// CHECK-NEXT: scf.parallel (%[[T:.*]]) =
// CHECK: memref.store %{{.*}}, %[[TILE]][%[[T]]] : memref<32xf32>
// CHECK: scf.parallel (%[[U:.*]]) =
// CHECK: %[[R:.*]] = affine.apply #{{.*}}(%[[U]])
// CHECK: memref.load %[[TILE]][%[[R]]] : memref<32xf32>
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

// -----

// Shared memory belongs to a block: each iteration of the block loop allocates its own tile,
// poisons it (integers: all ones) and frees it, so that no block reads another's data.

// CHECK-LABEL: func.func @per_block
// CHECK: scf.parallel (%[[B:.*]]) =
// CHECK-NEXT: %[[TILE:.*]] = memref.alloc() : memref<32xi32>
// CHECK-NEXT: %[[POISON:.*]] = arith.constant -1 : i32
// CHECK-NEXT: linalg.fill ins(%[[POISON]] : i32) outs(%[[TILE]] : memref<32xi32>)
// CHECK: scf.parallel
// CHECK: memref.store %{{.*}}, %[[TILE]]
// CHECK: scf.reduce
// CHECK: scf.parallel
// CHECK: memref.load %[[TILE]]
// CHECK: scf.reduce
// CHECK: memref.dealloc %[[TILE]] : memref<32xi32>
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: } {mapping = [#gpu.loop_dim_map<processor = block_x
memref.global "private" @tile : memref<32xi32, 3>
func.func @per_block(%A: memref<128xi32>, %B: memref<128xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c128 = arith.constant 128 : index
  scf.parallel (%b) = (%c0) to (%c128) step (%c32) {
    scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
      %s = memref.get_global @tile : memref<32xi32, 3>
      %i = arith.addi %b, %t : index
      %v = memref.load %A[%i] : memref<128xi32>
      memref.store %v, %s[%t] : memref<32xi32, 3>
      gpu.barrier
      %r = affine.apply affine_map<(d0) -> (31 - d0)>(%t)
      %w = memref.load %s[%r] : memref<32xi32, 3>
      memref.store %w, %B[%i] : memref<128xi32>
      scf.reduce
    } {mapping = [#gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
    scf.reduce
  } {mapping = [#gpu.loop_dim_map<processor = block_x, map = (d0) -> (d0), bound = (d0) -> (d0)>]}
  return
}

// -----

// Pure ops that use a value loaded from the tile after the barrier stay after that load: a
// recomputed value is placed after the last op its operands come from.

// CHECK-LABEL: func.func @scale_after_barrier
// CHECK: scf.parallel (%[[T:.*]]) =
// CHECK: memref.store
// CHECK: scf.parallel (%[[U:.*]]) =
// CHECK: %[[V:.*]] = memref.load %{{.*}}[%[[U]]] : memref<32xf32>
// CHECK-NEXT: %[[W:.*]] = arith.mulf %[[V]], %[[V]] : f32
// CHECK-NEXT: memref.store %[[W]], %{{.*}}[%[[U]]] : memref<32xf32>
memref.global "private" @tile3 : memref<32xf32, 3>
func.func @scale_after_barrier(%A: memref<32xf32>, %B: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    %s = memref.get_global @tile3 : memref<32xf32, 3>
    %v = memref.load %A[%t] : memref<32xf32>
    memref.store %v, %s[%t] : memref<32xf32, 3>
    gpu.barrier
    %w = memref.load %s[%t] : memref<32xf32, 3>
    %sq = arith.mulf %w, %w : f32
    memref.store %sq, %B[%t] : memref<32xf32>
    scf.reduce
  }
  return
}
