// bf16 tanh (libm through f32) and an f16 row sum, with a dynamic leading dimension.
func.func @f(%x: tensor<?x8xbf16>, %y: tensor<?x8xf16>) -> (tensor<?x8xbf16>, tensor<?xf16>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x8xbf16>
  %e = tensor.empty(%n) : tensor<?x8xbf16>
  %r = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<?x8xbf16>) outs(%e : tensor<?x8xbf16>) {
  ^bb0(%a: bf16, %o: bf16):
    %s = math.tanh %a : bf16
    linalg.yield %s : bf16
  } -> tensor<?x8xbf16>
  %z = arith.constant 0.0 : f16
  %e2 = tensor.empty(%n) : tensor<?xf16>
  %f = linalg.fill ins(%z : f16) outs(%e2 : tensor<?xf16>) -> tensor<?xf16>
  %s = linalg.reduce ins(%y : tensor<?x8xf16>) outs(%f : tensor<?xf16>) dimensions = [1]
    (%in: f16, %acc: f16) {
      %t = arith.addf %in, %acc : f16
      linalg.yield %t : f16
    }
  return %r, %s : tensor<?x8xbf16>, tensor<?xf16>
}
