// RUN: mlc-opt %s --split-input-file --tensorize-gemm --verify-diagnostics | FileCheck %s
// Kernels that are not GEMMs the tensor cores take are left as they are, with a remark why.

// CHECK-LABEL: func.func private @f32_inputs
// CHECK: linalg.generic
// expected-remark@+1 {{tensorize-gemm: not tensorized: its inputs are f32, not one of f16, bf16}}
func.func private @f32_inputs(%A: memref<32x32xf32>, %B: memref<32x32xf32>, %C: memref<32x32xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<32x32xf32>, memref<32x32xf32>) outs(%C : memref<32x32xf32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %p = arith.mulf %x, %y : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Two reduction loops make an implicit GEMM (k flattens them) only when both index both inputs.
// expected-remark@+1 {{tensorize-gemm: not tensorized: a reduction loop does not index both inputs}}
func.func private @two_reductions(%A: memref<4x8x16xf16>, %B: memref<8x32xf16>, %C: memref<4x32xf32>) attributes {mlc.kernel = "linalg.generic"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d2, d1)>, affine_map<(d0, d1, d2, d3) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction", "reduction"]} ins(%A, %B : memref<4x8x16xf16>, memref<8x32xf16>) outs(%C : memref<4x32xf32>) {
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

// expected-remark@+1 {{tensorize-gemm: not tensorized: the product does not multiply the two inputs}}
func.func private @not_mul_add(%A: memref<32x32xf16>, %B: memref<32x32xf16>, %C: memref<32x32xf32>) attributes {mlc.kernel = "linalg.generic"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<32x32xf16>, memref<32x32xf16>) outs(%C : memref<32x32xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %e = math.exp %xe : f32
    %p = arith.mulf %e, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// expected-remark@+1 {{tensorize-gemm: not tensorized: the accumulator is f16, not f32}}
func.func private @f16_accumulator(%A: memref<32x32xf16>, %B: memref<32x32xf16>, %C: memref<32x32xf16>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<32x32xf16>, memref<32x32xf16>) outs(%C : memref<32x32xf16>) {
  ^bb0(%x: f16, %y: f16, %acc: f16):
    %p = arith.mulf %x, %y : f16
    %s = arith.addf %acc, %p : f16
    linalg.yield %s : f16
  }
  return
}

// -----

// A dot product (a full reduction, no parallel loop) is not a GEMM.
// expected-remark@+1 {{tensorize-gemm: not tensorized: its parallel loops are not batch loops plus one row and one column loop}}
func.func private @dot(%A: memref<64xf16>, %B: memref<64xf16>, %C: memref<f32>) attributes {mlc.kernel = "linalg.generic"} {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%A, %B : memref<64xf16>, memref<64xf16>) outs(%C : memref<f32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
