func.func @main(%a0: tensor<1x1xf64>, %a1: tensor<1x1xf64>) -> tensor<1x1xf64> {
  %z = arith.constant 0.0 : f64
  %e = tensor.empty() : tensor<1x1xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<1x1xf64>) -> tensor<1x1xf64>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>] ins(%a0, %a1 : tensor<1x1xf64>, tensor<1x1xf64>) outs(%f : tensor<1x1xf64>) -> tensor<1x1xf64>
  return %r : tensor<1x1xf64>
}
