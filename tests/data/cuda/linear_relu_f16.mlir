// x @ W^T + b, ReLU, f16 result (tests/test_hopper_gemm.py): one sm_90 kernel with its epilogue fused.
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @main(%x: tensor<200x192xf16>, %w: tensor<72x192xf16>, %b: tensor<72xf16>) -> tensor<200x72xf16> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<200x72xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<200x72xf32>) -> tensor<200x72xf32>
  %m = linalg.matmul indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>,
                                      affine_map<(d0, d1, d2) -> (d0, d1)>]
      ins(%x, %w : tensor<200x192xf16>, tensor<72x192xf16>) outs(%f : tensor<200x72xf32>) -> tensor<200x72xf32>
  %e2 = tensor.empty() : tensor<200x72xf16>
  %r = linalg.generic {indexing_maps = [#id, affine_map<(d0, d1) -> (d1)>, #id], iterator_types = ["parallel", "parallel"]}
      ins(%m, %b : tensor<200x72xf32>, tensor<72xf16>) outs(%e2 : tensor<200x72xf16>) {
  ^bb0(%acc: f32, %bias: f16, %o: f16):
    %be = arith.extf %bias : f16 to f32
    %s = arith.addf %acc, %be : f32
    %relu = arith.maximumf %s, %zero : f32
    %h = arith.truncf %relu : f32 to f16
    linalg.yield %h : f16
  } -> tensor<200x72xf16>
  return %r : tensor<200x72xf16>
}
