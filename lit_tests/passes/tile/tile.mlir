// RUN: mlc-opt %s --split-input-file --tile | FileCheck %s
// RUN: mlc-opt %s --split-input-file '--tile=block=64,4 thread-tile=1,2' | FileCheck %s --check-prefix=SIZES
// RUN: mlc-opt %s --split-input-file '--tile=order=innermost' | FileCheck %s --check-prefix=INNER
// RUN: mlc-opt %s --split-input-file --tile --verify-diagnostics -o /dev/null

// A 2-D copy: 32x8 threads by default, loop dimension 0 on threadIdx.x (as upstream).
// CHECK-LABEL: func.func @copy
// CHECK-DAG: %[[C32:.*]] = arith.constant 32 : index
// CHECK-DAG: %[[C8:.*]] = arith.constant 8 : index
// CHECK: scf.parallel (%[[BI:.*]], %[[BJ:.*]]) = ({{.*}}) to ({{.*}}) step (%[[C32]], %[[C8]])
// CHECK: scf.parallel (%[[TI:.*]], %[[TJ:.*]]) = ({{.*}}) to (%[[C32]], %[[C8]])
// CHECK: %[[I:.*]] = affine.apply {{.*}}(%[[BI]], %[[TI]])
// CHECK: %[[J:.*]] = affine.apply {{.*}}(%[[BJ]], %[[TJ]])
// CHECK: memref.load %{{.*}}[%[[I]], %[[J]]]
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = thread_x{{.*}}>, #gpu.loop_dim_map<processor = thread_y{{.*}}>]}
// CHECK: } {mapping = [#gpu.loop_dim_map<processor = block_x{{.*}}>, #gpu.loop_dim_map<processor = block_y{{.*}}>], mlc.tile = {{.*}}}

// SIZES-LABEL: func.func @copy
// SIZES: scf.parallel {{.*}} step (%{{.*}}, %[[C8:.*]])
// SIZES: scf.parallel (%[[TI:.*]], %[[TJ:.*]]) = ({{.*}}) to (%[[C64:.*]], %[[C4:.*]])
// SIZES: scf.for %[[R:.*]] =
// SIZES: affine.apply #{{.*}}(%{{.*}}, %[[TJ]], %[[R]])

// INNER-LABEL: func.func @copy
// INNER: mapping = [#gpu.loop_dim_map<processor = thread_y{{.*}}>, #gpu.loop_dim_map<processor = thread_x{{.*}}>]

func.func @copy(%A: memref<512x512xf32>, %B: memref<512x512xf32>) {
  // expected-remark@+1 {{tile: threadIdx.x = d0 (32), threadIdx.y = d1 (8)}}
  linalg.copy ins(%A : memref<512x512xf32>) outs(%B : memref<512x512xf32>)
  return
}

// -----

// Sizes the tiles do not divide get a bounds check.
// CHECK-LABEL: func.func @odd
// CHECK: %[[I:.*]] = affine.apply
// CHECK: %[[LT:.*]] = arith.cmpi slt, %[[I]], %{{.*}}
// CHECK: scf.if %[[LT]]
// CHECK: memref.store

func.func @odd(%A: memref<1000xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 1000 : index
  %one = arith.constant 1.0 : f32
  // expected-remark@+1 {{tile: threadIdx.x = d0 (64)}}
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    memref.store %one, %A[%i] : memref<1000xf32>
    scf.reduce
  }
  return
}
