// RUN: mlc-opt %s --split-input-file --widen-accumulators --verify-diagnostics | FileCheck %s
// RUN: mlc-opt %s --split-input-file --pass-pipeline='builtin.module(widen-accumulators{narrow-operands=false})' \
// RUN:   | FileCheck %s --check-prefix=KEEP
// f16 contractions accumulate in f32 and round once; f32 contractions of merely extended f16
// inputs (PyTorch's half linear layers) take the f16 inputs; other f32 contractions are left.

// CHECK-LABEL: func.func @f16_result
// CHECK: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[INIT:.*]] = linalg.fill ins(%[[ZERO]] : f32) outs(%{{.*}} : tensor<64x48xf32>)
// CHECK: %[[M:.*]] = linalg.matmul ins(%arg0, %arg1 : tensor<64x32xf16>, tensor<32x48xf16>) outs(%[[INIT]] : tensor<64x48xf32>)
// CHECK: %[[R:.*]] = linalg.generic {{.*}} ins(%[[M]] : tensor<64x48xf32>) outs(%{{.*}} : tensor<64x48xf16>)
// CHECK: arith.truncf %{{.*}} : f32 to f16
// CHECK: return %[[R]]
func.func @f16_result(%a: tensor<64x32xf16>, %b: tensor<32x48xf16>) -> tensor<64x48xf16> {
  %cst = arith.constant 0.0 : f16
  %e = tensor.empty() : tensor<64x48xf16>
  %f = linalg.fill ins(%cst : f16) outs(%e : tensor<64x48xf16>) -> tensor<64x48xf16>
  // expected-remark@+1 {{widen-accumulators: linalg.matmul accumulates in f32}}
  %m = linalg.matmul ins(%a, %b : tensor<64x32xf16>, tensor<32x48xf16>) outs(%f : tensor<64x48xf16>) -> tensor<64x48xf16>
  return %m : tensor<64x48xf16>
}

// -----

// CHECK-LABEL: func.func @f32_plain
// CHECK: linalg.matmul ins(%arg0, %arg1 : tensor<64x32xf32>, tensor<32x48xf32>)
func.func @f32_plain(%a: tensor<64x32xf32>, %b: tensor<32x48xf32>, %c: tensor<64x48xf32>) -> tensor<64x48xf32> {
  %m = linalg.matmul ins(%a, %b : tensor<64x32xf32>, tensor<32x48xf32>) outs(%c : tensor<64x48xf32>) -> tensor<64x48xf32>
  return %m : tensor<64x48xf32>
}

// -----

// CHECK-LABEL: func.func @extended_inputs
// CHECK: linalg.matmul indexing_maps = [{{.*}}] ins(%arg0, %arg0 : tensor<8x32xf16>, tensor<8x32xf16>) outs(%{{.*}} : tensor<8x8xf32>)
// KEEP-LABEL: func.func @extended_inputs
// KEEP: linalg.matmul indexing_maps = [{{.*}}] ins(%{{.*}}, %{{.*}} : tensor<8x32xf32>, tensor<8x32xf32>)
func.func @extended_inputs(%a: tensor<8x32xf16>) -> tensor<8x8xf32> {
  %e = tensor.empty() : tensor<8x32xf32>
  %x = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<8x32xf16>) outs(%e : tensor<8x32xf32>) {
  ^bb0(%in: f16, %out: f32):
    %0 = arith.extf %in : f16 to f32
    linalg.yield %0 : f32
  } -> tensor<8x32xf32>
  %cst = arith.constant 0.0 : f32
  %e2 = tensor.empty() : tensor<8x8xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e2 : tensor<8x8xf32>) -> tensor<8x8xf32>
  // expected-remark@+1 {{widen-accumulators: linalg.matmul takes its 16-bit inputs}}
  %y = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>] ins(%x, %x : tensor<8x32xf32>, tensor<8x32xf32>) outs(%f : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %y : tensor<8x8xf32>
}

// -----

// A contraction that is no named matmul becomes a generic extending its inputs.
// CHECK-LABEL: func.func @generic_bf16
// CHECK: linalg.generic {{.*}} ins(%arg0, %arg1 : tensor<4x16xbf16>, tensor<16xbf16>) outs(%{{.*}} : tensor<4xf32>)
// CHECK: arith.extf %{{.*}} : bf16 to f32
// CHECK: arith.addf %{{.*}}, %{{.*}} : f32
// CHECK: arith.truncf %{{.*}} : f32 to bf16
func.func @generic_bf16(%a: tensor<4x16xbf16>, %b: tensor<16xbf16>, %c: tensor<4xbf16>) -> tensor<4xbf16> {
  // expected-remark@+1 {{widen-accumulators: linalg.matvec accumulates in f32}}
  %r = linalg.matvec ins(%a, %b : tensor<4x16xbf16>, tensor<16xbf16>) outs(%c : tensor<4xbf16>) -> tensor<4xbf16>
  return %r : tensor<4xbf16>
}
