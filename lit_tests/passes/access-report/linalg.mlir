// RUN: mlc-opt %s --split-input-file --access-report=remarks --verify-diagnostics -o /dev/null
// linalg, on memrefs and on tensors: analysed as upstream's tiling and gpu-map-parallel-loops
// would map it (d0 on threadIdx.x), with the best choice of threadIdx.x alongside.

func.func @add_bias(%A: memref<128x256xf32>, %b: memref<256xf32>, %C: memref<128x256xf32>) {
  // expected-remark@+4 {{kernel @add_bias (loops): 21.67 sectors/request (ideal 3; ld 16.50, st 32), 384.0 KiB moved}}
  // expected-remark@+3 {{load %arg0: 32 sectors/request with threadIdx.x = d0 (ideal 4, exact); strides: d0=256, d1=1; best threadIdx.x = d1 (4); stride 256 elements along d0}}
  // expected-remark@+2 {{load %arg1: 1 sectors/request with threadIdx.x = d0 (ideal 4, exact); strides: d0=0, d1=1}}
  // expected-remark@+1 {{store %arg2: 32 sectors/request with threadIdx.x = d0 (ideal 4, exact); strides: d0=256, d1=1; best threadIdx.x = d1 (4)}}
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>, affine_map<(i, j) -> (i, j)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%A, %b : memref<128x256xf32>, memref<256xf32>) outs(%C : memref<128x256xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  }
  return
}

// -----

func.func @scale(%x: tensor<64x64xf64>) -> tensor<64x64xf64> {
  %c = arith.constant 2.0 : f64
  %e = tensor.empty() : tensor<64x64xf64>
  // expected-remark@+3 {{kernel @scale (loops): 32 sectors/request (ideal 8; ld 32, st 32), 64.0 KiB moved}}
  // expected-remark@+2 {{load %arg0: 32 sectors/request with threadIdx.x = d0 (ideal 8, exact); strides: d0=64, d1=1; best threadIdx.x = d1 (8)}}
  // expected-remark@+1 {{store alloc@24:8: 32 sectors/request with threadIdx.x = d0 (ideal 8, exact)}}
  %y = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>],
                       iterator_types = ["parallel", "parallel"]}
    ins(%x : tensor<64x64xf64>) outs(%e : tensor<64x64xf64>) {
  ^bb0(%a: f64, %o: f64):
    %m = arith.mulf %a, %c : f64
    linalg.yield %m : f64
  } -> tensor<64x64xf64>
  return %y : tensor<64x64xf64>
}
