// RUN: mlc-compile --target cuda %s --emit ptx --arch sm_80 | FileCheck %s
// RUN: mlc-compile --target cuda %s --emit ptx --arch sm_90 | FileCheck %s --check-prefix=SM90
// RUN: mlc-compile --target cuda %s --emit ptx --arch sm_80 --no-tensor-cores | FileCheck %s --check-prefix=SIMT
// RUN: mlc-compile --target cuda %s --arch sm_80 --no-ptxas -o %t.mlc && %PYTHON -m mlc.runtime.cli info %t.mlc \
// RUN:   | FileCheck %s --check-prefix=INFO

// A linear layer in f16 (x @ W^T + b, ReLU, f16 result): one kernel on the tensor cores.
// Its 128x64 output in 64x64 blocks of four 32x32 warp tiles: per k-tile a warp issues
// 2 x 4 x 2 mma.sync and loads its fragments with ldmatrix (W is n x k: no .trans);
// every thread copies 16-byte chunks with cp.async and waits for the oldest k-tile.

// CHECK: .target sm_80
// CHECK: .visible .entry main_k{{[0-9]+}}_matmul_kernel(
// CHECK: cp.async.cg.shared.global [{{.*}}], [{{.*}}], 16
// CHECK: cp.async.commit_group
// CHECK: cp.async.wait_group 2
// CHECK: bar.sync 0
// CHECK: ldmatrix.sync.aligned.m8n8.x4.shared.b16
// CHECK-NOT: ldmatrix.sync.aligned.m8n8.x4.trans
// CHECK-COUNT-16: mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32
// CHECK-NOT: mma.sync
// CHECK: cvt.rn.f16x2.f32
// CHECK: st.global.b32

// On sm_90 the same layer takes hopper-gemm: TMA loads of x and W (k-major: no transposed B),
// wgmma m64n128k16, the bias, ReLU and f16 cast in its epilogue.
// SM90: .target sm_90a
// SM90: .extern .shared .align 1024 .b8
// SM90: cp.async.bulk.tensor.2d.shared::cluster.global.mbarrier::complete_tx::bytes
// SM90: mbarrier.try_wait.parity.shared.b64
// SM90-COUNT-4: wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16
// SM90-NOT: mma.sync
// SM90: cvt.rn.f16.f32

// SIMT-NOT: mma.sync
// SIMT-NOT: ldmatrix

// INFO: kernels: 1, launches: 1
// INFO: main_k{{[0-9]+}}_matmul_kernel: grid [1, 2, 1] block [128, 1, 1]; not checked by ptxas  <- linalg.fill + linalg.matmul + linalg.generic
// INFO-NEXT: mma.sync.m16n8k16 64x64x32, 4 stages: {{.*}} TFLOP/s ({{.*}} of peak, A100 SXM4 80GB, 108 SMs), bound by {{.*}} [analytic model, not a measurement]
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<128x256xf16>, %w: tensor<64x256xf16>, %b: tensor<64xf16>) -> tensor<128x64xf16> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<128x64xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<128x64xf32>) -> tensor<128x64xf32>
  %m = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>,
                                      affine_map<(d0, d1, d2) -> (d0, d1)>]
      ins(%x, %w : tensor<128x256xf16>, tensor<64x256xf16>) outs(%f : tensor<128x64xf32>) -> tensor<128x64xf32>
  %e2 = tensor.empty() : tensor<128x64xf16>
  %r = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d1)>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<128x64xf32>, tensor<64xf16>) outs(%e2 : tensor<128x64xf16>) {
  ^bb0(%acc: f32, %bias: f16, %o: f16):
    %be = arith.extf %bias : f16 to f32
    %s = arith.addf %acc, %be : f32
    %relu = arith.maximumf %s, %zero : f32
    %h = arith.truncf %relu : f32 to f16
    linalg.yield %h : f16
  } -> tensor<128x64xf16>
  return %r : tensor<128x64xf16>
}
