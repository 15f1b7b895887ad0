// RUN: not mlc-compile --target cuda %s -o %t.mlc 2>&1 | FileCheck %s
// RUN: not mlc-compile %s --target cpu --emit ptx 2>&1 | FileCheck %s --check-prefix=CPU
// RUN: not mlc-compile --target cuda %s --emit mlir --to-stage nowhere 2>&1 | FileCheck %s --check-prefix=STAGE

// CHECK: mlc-compile: {{.*}}errors.mlir:[[# @LINE + 6]]:1: error: @main: argument 0 has the dynamic shape tensor<?x4xf32>
// CHECK-NEXT: note: the CUDA target needs static shapes; export the model with fixed input shapes
// CPU: mlc-compile: error: the cpu target cannot emit 'ptx'
// CPU-NEXT: note: it emits artifact, c-lib, llvm, mlir
// STAGE: mlc-compile: error: unknown stage 'nowhere'
// STAGE-NEXT: note: cuda stages: input, bufferize, kernels, map, gpu, nvvm, ptx
func.func @main(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  return %x : tensor<?x4xf32>
}
