// RUN: mlc-compile --target cuda %s --emit ptx | FileCheck %s
// RUN: mlc-compile --target cuda %s --emit ptx --arch sm_80 | FileCheck %s --check-prefix=SM80
// RUN: mlc-compile --target cuda %s -o %t.mlc && %PYTHON -m mlc.runtime.cli info %t.mlc | FileCheck %s --check-prefix=INFO
// RUN: mlc-compile --target cuda %s --mapping upstream -o %t.up.mlc && %PYTHON -m mlc.runtime.cli info %t.up.mlc | FileCheck %s --check-prefix=UPSTREAM

// The bare-pointer ABI: one pointer parameter per buffer, nothing else.

// CHECK: .target sm_90
// CHECK: .visible .entry main_k0_generic_kernel(
// CHECK-NEXT: .param .u64 .ptr .align 1 main_k0_generic_kernel_param_0,
// CHECK-NEXT: .param .u64 .ptr .align 1 main_k0_generic_kernel_param_1,
// CHECK-NEXT: .param .u64 .ptr .align 1 main_k0_generic_kernel_param_2
// CHECK-NEXT: )

// The default mapping's vector accesses are real 128-bit accesses: they carry their
// alignment, which the ABI guarantees (16-byte aligned buffers).

// CHECK: ld.global.v4.b32
// CHECK: ld.global.v4.b32
// CHECK: st.global.v4.b32

// SM80: .target sm_80

// INFO: target: cuda sm_90 (bare-pointer ABI), entry @main
// INFO: input  arg0: float32[1000]
// INFO: input  arg1: float32[1000]
// INFO: output result0: float32[1000]
// INFO: kernels: 1, launches: 1
// INFO: main_k0_generic_kernel: grid [4, 1, 1] block [64, 1, 1];
// INFO: memory: arena 0 B

// The default mapping uses 128-bit accesses (64 threads x 4 elements per block); upstream's
// one element per thread.

// UPSTREAM: main_k0_generic_kernel: grid [32, 1, 1] block [32, 1, 1];
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
