// RUN: mlc-compile %s --emit ptx | FileCheck %s
// RUN: mlc-compile %s --emit ptx --arch sm_80 | FileCheck %s --check-prefix=SM80
// RUN: mlc-compile %s -o %t.mlc && %PYTHON -m mlc.compiler.runtime.cli info %t.mlc | FileCheck %s --check-prefix=INFO

// The bare-pointer ABI: one pointer parameter per buffer, nothing else.

// CHECK: .target sm_90
// CHECK: .visible .entry main_k0_generic_kernel(
// CHECK-NEXT: .param .u64 .ptr .align 1 main_k0_generic_kernel_param_0,
// CHECK-NEXT: .param .u64 .ptr .align 1 main_k0_generic_kernel_param_1,
// CHECK-NEXT: .param .u64 .ptr .align 1 main_k0_generic_kernel_param_2
// CHECK-NEXT: )

// SM80: .target sm_80

// INFO: target: cuda sm_90 (bare-pointer ABI), entry @main
// INFO: input  arg0: float32[1000]
// INFO: input  arg1: float32[1000]
// INFO: output result0: float32[1000]
// INFO: kernels: 1, launches: 1
// INFO: main_k0_generic_kernel: grid [32, 1, 1] block [32, 1, 1];
// INFO: memory: arena 0 B
func.func @main(%x: tensor<1000xf32>, %y: tensor<1000xf32>) -> tensor<1000xf32> {
  %e = tensor.empty() : tensor<1000xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
      iterator_types = ["parallel"]} ins(%x, %y : tensor<1000xf32>, tensor<1000xf32>) outs(%e : tensor<1000xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %s = arith.mulf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<1000xf32>
  return %r : tensor<1000xf32>
}
