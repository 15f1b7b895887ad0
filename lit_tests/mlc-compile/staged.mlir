// RUN: mlc-compile --target cuda %s --no-row-fusion --emit mlir --to-stage gpu | FileCheck %s
// RUN: mlc-compile --target cuda %s --no-row-fusion --emit ptx | FileCheck %s --check-prefix=PTX
// RUN: mlc-compile --target cuda %s --no-row-fusion -o %t.mlc && %PYTHON -m mlc.runtime.cli info %t.mlc | FileCheck %s --check-prefix=INFO

// The default mapping stages row reductions through shared memory (when row fusion, which
// would make them row kernels, is off). Each kernel is mapped in a
// module of its own, and its tile is named after it, so the merged module and every
// gpu.module hold distinct globals; ptxas sees them as .shared arrays.

// CHECK: gpu.launch_func @[[K2:main_k2_generic_kernel]]::@[[K2]]
// CHECK: gpu.module @[[K2]]
// CHECK: memref.get_global @[[T2:__mlc_stage_main_k2_generic_0]] : memref<64x33xf32, 3>
// CHECK: gpu.barrier
// CHECK: memref.global "private" @[[T2]] : memref<64x33xf32, 3>
// CHECK: gpu.launch_func @[[K3:main_k3_generic_kernel]]::@[[K3]]
// CHECK: gpu.module @[[K3]]
// CHECK: memref.get_global @[[T3:__mlc_stage_main_k3_generic_0]] : memref<64x33xf32, 3>
// CHECK: memref.global "private" @[[T3]] : memref<64x33xf32, 3>

// PTX: .visible .entry main_k2_generic_kernel(
// PTX: .shared .align 16 .b8 __mlc_stage_main_k2_generic_0[8448];
// PTX: bar.sync
// PTX: .visible .entry main_k3_generic_kernel(
// PTX: .shared .align 16 .b8 __mlc_stage_main_k3_generic_0[8448];

// INFO: main_k2_generic_kernel: grid [2, 1, 1] block [64, 1, 1]; regs {{[0-9]+}}, spills 0/0 B, smem 8448 B
// INFO: main_k3_generic_kernel: grid [2, 1, 1] block [64, 1, 1]; regs {{[0-9]+}}, spills 0/0 B, smem 8448 B
#in = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>
func.func @main(%x: tensor<128x96xf32>, %y: tensor<128x64xf32>) -> (tensor<128xf32>, tensor<128xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128xf32>
  %i = linalg.fill ins(%zero : f32) outs(%e : tensor<128xf32>) -> tensor<128xf32>
  %sx = linalg.generic {indexing_maps = [#in, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<128x96xf32>) outs(%i : tensor<128xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %s = arith.addf %a, %acc : f32
    linalg.yield %s : f32
  } -> tensor<128xf32>
  %sy = linalg.generic {indexing_maps = [#in, #row], iterator_types = ["parallel", "reduction"]}
      ins(%y : tensor<128x64xf32>) outs(%i : tensor<128xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %m = arith.maximumf %a, %acc : f32
    linalg.yield %m : f32
  } -> tensor<128xf32>
  return %sx, %sy : tensor<128xf32>, tensor<128xf32>
}
