// RUN: rm -rf %t.stages
// RUN: mlc-compile --target cuda %s --dump-dir %t.stages --emit ptx -o %t.first.ptx
// RUN: ls %t.stages | FileCheck %s --check-prefix=DUMPS
// RUN: mlc-compile --target cuda %t.stages/01_bufferize.mlir --from-stage bufferize --emit ptx -o %t.1.ptx
// RUN: diff %t.first.ptx %t.1.ptx
// RUN: mlc-compile --target cuda %t.stages/02_kernels.mlir --from-stage kernels --emit ptx -o %t.2.ptx
// RUN: diff %t.first.ptx %t.2.ptx
// RUN: mlc-compile --target cuda %t.stages/03_map.mlir --from-stage map --emit ptx -o %t.3.ptx
// RUN: diff %t.first.ptx %t.3.ptx
// RUN: mlc-compile --target cuda %t.stages/04_gpu.mlir --from-stage gpu --emit ptx -o %t.resumed.ptx
// RUN: diff %t.first.ptx %t.resumed.ptx
// RUN: mlc-compile --target cuda %t.stages/05_nvvm.mlir --from-stage nvvm --emit ptx -o %t.5.ptx
// RUN: diff %t.first.ptx %t.5.ptx
// RUN: mlc-compile --target cuda %t.stages/06_ptx.mlir --from-stage ptx --emit ptx -o %t.6.ptx
// RUN: diff %t.first.ptx %t.6.ptx
// RUN: mlc-compile --target cuda %t.stages/02_kernels.mlir --from-stage kernels --emit mlir --to-stage map | FileCheck %s --check-prefix=MAP

// DUMPS: 00_input.mlir
// DUMPS-NEXT: 01_bufferize.mlir
// DUMPS-NEXT: 02_kernels.mlir
// DUMPS-NEXT: 03_map.mlir
// DUMPS-NEXT: 04_gpu.mlir
// DUMPS-NEXT: 05_nvvm.mlir
// DUMPS-NEXT: 06_ptx.mlir

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
