// The cpu target's stages: --dump-dir writes every one, and a compile resumed from any
// of them (--from-stage) gives the same LLVM IR as the full compile.
// RUN: rm -rf %t.d
// RUN: mlc-compile %s --target cpu --dump-dir %t.d --emit llvm -o %t.full.ll
// RUN: ls %t.d | FileCheck %s --check-prefix=DUMPS
// RUN: mlc-compile %t.d/01_boundary.mlir --target cpu --from-stage boundary --emit llvm -o %t.1.ll
// RUN: diff %t.full.ll %t.1.ll
// RUN: mlc-compile %t.d/02_prepare.mlir --target cpu --from-stage prepare --emit llvm -o %t.2.ll
// RUN: diff %t.full.ll %t.2.ll
// RUN: mlc-compile %t.d/03_tile.mlir --target cpu --from-stage tile --emit llvm -o %t.3.ll
// RUN: diff %t.full.ll %t.3.ll
// RUN: mlc-compile %t.d/04_bufferize.mlir --target cpu --from-stage bufferize --emit llvm -o %t.4.ll
// RUN: diff %t.full.ll %t.4.ll
// RUN: mlc-compile %t.d/05_vectors.mlir --target cpu --from-stage vectors --emit llvm -o %t.5.ll
// RUN: diff %t.full.ll %t.5.ll
// RUN: mlc-compile %t.d/06_loops.mlir --target cpu --from-stage loops --emit llvm -o %t.6.ll
// RUN: diff %t.full.ll %t.6.ll
// RUN: mlc-compile %t.d/07_llvm.mlir --target cpu --from-stage llvm --emit llvm -o %t.7.ll
// RUN: diff %t.full.ll %t.7.ll
// RUN: mlc-compile %t.d/04_bufferize.mlir --target cpu --from-stage bufferize -o %t.mlc
// RUN: mlc-run %t.mlc | FileCheck %s --check-prefix=EXEC
// RUN: mlc-compile %s --target cpu --emit mlir --to-stage tile | FileCheck %s --check-prefix=TILE
// RUN: not mlc-compile %s --target cpu --from-stage boundary -o %t.bad.mlc 2>&1 | FileCheck %s --check-prefix=NOSIG

// DUMPS: 00_input.mlir
// DUMPS-NEXT: 01_boundary.mlir
// DUMPS-NEXT: 02_prepare.mlir
// DUMPS-NEXT: 03_tile.mlir
// DUMPS-NEXT: 04_bufferize.mlir
// DUMPS-NEXT: 05_vectors.mlir
// DUMPS-NEXT: 06_loops.mlir
// DUMPS-NEXT: 07_llvm.mlir

// EXEC: ran on cpu
// EXEC-NEXT: output0: float32[16x8]

// TILE: mlc.cpu_signature = "{\22entry\22: \22mm\22
// TILE: scf.for
// TILE: vector.transfer_read
// TILE: vector.multi_reduction

// NOSIG: error: the module carries no 'mlc.cpu_signature': it is not the IR of a CPU stage after 'input'
func.func @mm(%a: tensor<16x32xf32>, %b: tensor<32x8xf32>) -> tensor<16x8xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<16x8xf32>) -> tensor<16x8xf32>
  %m = linalg.matmul ins(%a, %b : tensor<16x32xf32>, tensor<32x8xf32>) outs(%f : tensor<16x8xf32>) -> tensor<16x8xf32>
  return %m : tensor<16x8xf32>
}
