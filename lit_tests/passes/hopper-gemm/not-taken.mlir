// RUN: mlc-opt %s --split-input-file --hopper-gemm --verify-diagnostics | FileCheck %s
// What TMA and wgmma cannot take is left as it is, with a remark why (the CUDA target then
// gives these kernels to tensorize-gemm).

// CHECK-LABEL: func.func private @unaligned_rows
// CHECK: linalg.generic
// expected-remark@+1 {{hopper-gemm: not tensorized: operand A's rows are not 16-byte aligned (TMA needs it)}}
func.func private @unaligned_rows(%A: memref<32x36xf16>, %B: memref<36x64xf16>, %C: memref<32x64xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<32x36xf16>, memref<36x64xf16>) outs(%C : memref<32x64xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// expected-remark@+1 {{hopper-gemm: not tensorized: A is not k-contiguous (wgmma reads A k-major from shared memory)}}
func.func private @transposed_a(%A: memref<64x32xf16>, %B: memref<64x64xf16>, %C: memref<32x64xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<64x32xf16>, memref<64x64xf16>) outs(%C : memref<32x64xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// expected-remark@+1 {{hopper-gemm: not tensorized: wgmma takes f16 or bf16 inputs of one type, not f32, f32}}
func.func private @f32_inputs(%A: memref<32x32xf32>, %B: memref<32x32xf32>, %C: memref<32x32xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<32x32xf32>, memref<32x32xf32>) outs(%C : memref<32x32xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
