// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels | FileCheck %s
// RUN: mlc-compile --target cuda %s --emit mlir --to-stage kernels --sm-count 4 | FileCheck %s --check-prefix=FOUR-SM
// RUN: mlc-compile --target cuda %s --emit mlir --to-stage gpu --sm-count 4 | FileCheck %s --check-prefix=GPU
// RUN: sed s/1048576/4097/g %s > %t.mlir && mlc-compile --target cuda %t.mlir --emit mlir --to-stage kernels | FileCheck %s --check-prefix=SMALL

// The mean of 1M f32 is a tree: a first kernel of 256 blocks (a block per 16 elements a
// thread; 132 SMs x 8 blocks would leave threads fewer) writing a partial each, then the
// row kernel of the fill, the fold of the 256 partials into the output, and the divide.
// On 4 SMs: 4 x 8 blocks (the launch grids checked at the gpu stage), and the second level folds its 32 partials with one warp. The partials buffer is allocated on the host.

// CHECK-LABEL: func.func private @main_k1_generic_tree(
// CHECK-SAME: %{{.*}}: memref<1048576xf32>, %{{.*}}: memref<f32>, %{{.*}}: memref<256xf32>)
// CHECK-SAME: tree reduction, first level: 1 row(s) (1) of 1048576, 256 blocks per row
// CHECK-SAME: mlc.rows = {dims = 0 : i64, {{.*}}split = 256 : i64, threads = 256 : i64}
// CHECK-SAME: mlc.written = array<i64: 2>
// CHECK-LABEL: func.func private @main_k0_fill_rows(
// CHECK-SAME: %[[OUT:.*]]: memref<f32>, %[[PARTS:.*]]: memref<256xf32>)
// CHECK-SAME: a tree's second level: the reduction folds 256 partials per row in order
// CHECK-NOT: split
// CHECK: linalg.generic {{.*}} iterator_types = ["reduction"]} ins(%[[PARTS]] : memref<256xf32>) outs(%[[OUT]] : memref<f32>)
// CHECK: arith.divf
// CHECK-LABEL: func.func @main(
// CHECK: %[[ALLOC:.*]] = memref.alloc() {{.*}}: memref<f32>
// CHECK: %[[P:.*]] = memref.alloc() : memref<256xf32>
// CHECK: call @main_k1_generic_tree(%{{.*}}, %[[ALLOC]], %[[P]])
// CHECK-NEXT: call @main_k0_fill_rows(%[[ALLOC]], %[[P]])

// FOUR-SM: @main_k1_generic_tree({{.*}}memref<32xf32>)

// GPU-LABEL: func.func private @main_k1_generic_tree(
// GPU-DAG: %[[ONE:.*]] = arith.constant 1 : index
// GPU-DAG: %[[BLOCKS:.*]] = arith.constant 32 : index
// GPU-DAG: %[[THREADS:.*]] = arith.constant 256 : index
// GPU: gpu.launch_func @main_k1_generic_tree_kernel::@main_k1_generic_tree_kernel blocks in (%[[BLOCKS]], %[[ONE]], %[[ONE]]) threads in (%[[THREADS]], %[[ONE]], %[[ONE]])
// GPU-LABEL: func.func private @main_k0_fill_rows(
// GPU-DAG: %[[ONE2:.*]] = arith.constant 1 : index
// GPU-DAG: %[[WARP:.*]] = arith.constant 32 : index
// GPU: gpu.launch_func @main_k0_fill_rows_kernel::@main_k0_fill_rows_kernel blocks in (%[[ONE2]], %[[ONE2]], %[[ONE2]]) threads in (%[[WARP]], %[[ONE2]], %[[ONE2]])

// A small one keeps one kernel of one block.
// SMALL-NOT: _tree
// SMALL: func.func private @main_k0_fill_rows({{.*}}mlc.rows = {dims = 0 : i64, {{.*}}threads = 256 : i64}
// SMALL-NOT: _tree
func.func @main(%x: tensor<1048576xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 1048576.0 : f32
  %e = tensor.empty() : tensor<f32>
  %i = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %sum = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]}
      ins(%x : tensor<1048576xf32>) outs(%i : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  %mean = linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>], iterator_types = []}
      ins(%sum : tensor<f32>) outs(%e : tensor<f32>) {
  ^bb0(%a: f32, %o: f32):
    %d = arith.divf %a, %n : f32
    linalg.yield %d : f32
  } -> tensor<f32>
  return %mean : tensor<f32>
}
