// The cpu target: LLVM IR with the packed entry point a CPU artifact's library exports,
// and an artifact that mlc-run runs natively.
// RUN: mlc-compile %s --target cpu --emit llvm | FileCheck %s
// RUN: mlc-compile %s --target cpu --mcpu x86-64-v2 --reference -o %t.mlc
// RUN: mlc-run %t.mlc --info | FileCheck %s --check-prefix=INFO
// RUN: mlc-run %t.mlc --check --shape input0=3x4 | FileCheck %s --check-prefix=EXEC

// exp is a polynomial (approximate-math), not a call of llvm.exp (libm's expf).
// CHECK-LABEL: define {{.*}} @scale(
// CHECK-NOT: @llvm.exp.f32
// CHECK: call float @llvm.fma.f32(
// CHECK-NOT: @llvm.exp.f32
// CHECK-LABEL: define void @_mlir__mlir_ciface_scale(ptr %0)
// CHECK: call void @_mlir_ciface_scale(

// INFO: target: cpu x86-64-v2 ({{.*}}; uses sse4_1, sse4_2)
// INFO: input  input0: float32[?x4]
// INFO: output output0: float32[?x4]
// INFO: reference: yes (seed 1234, from mlc jit)

// EXEC-LABEL: check output0: ok
// EXEC: check passed: cpu matches the reference (mlc jit)
// EXEC: ran on cpu
// EXEC-NEXT: output0: float32[3x4]
func.func @scale(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x4xf32>
  %e = tensor.empty(%n) : tensor<?x4xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x4xf32>) outs(%e : tensor<?x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %y = math.exp %a : f32
    linalg.yield %y : f32
  } -> tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}
