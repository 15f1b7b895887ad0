// RUN: rm -rf %t.stages
// RUN: mlc-compile %s --dump-dir %t.stages --emit ptx -o %t.first.ptx
// RUN: ls %t.stages | FileCheck %s --check-prefix=DUMPS
// RUN: mlc-compile %t.stages/4-gpu.mlir --from-stage gpu --emit ptx -o %t.resumed.ptx
// RUN: diff %t.first.ptx %t.resumed.ptx
// RUN: mlc-compile %t.stages/2-kernels.mlir --from-stage kernels --emit mlir --to-stage map | FileCheck %s --check-prefix=MAP

// DUMPS: 0-input.mlir
// DUMPS-NEXT: 1-bufferize.mlir
// DUMPS-NEXT: 2-kernels.mlir
// DUMPS-NEXT: 3-map.mlir
// DUMPS-NEXT: 4-gpu.mlir
// DUMPS-NEXT: 5-nvvm.mlir
// DUMPS-NEXT: 6-ptx.mlir

// MAP: scf.parallel
// MAP-SAME: step
// MAP: mapping = [#gpu.loop_dim_map<processor = thread_x
func.func @main(%x: tensor<300xf32>) -> tensor<300xf32> {
  %e = tensor.empty() : tensor<300xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%x : tensor<300xf32>) outs(%e : tensor<300xf32>) {
  ^bb0(%a: f32, %o: f32):
    %s = math.exp %a : f32
    linalg.yield %s : f32
  } -> tensor<300xf32>
  return %r : tensor<300xf32>
}
