// A 4-D f16 add with a per-channel bias and relu: four parallel loops, collapsed to three for mapping.
#x = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#c = affine_map<(d0, d1, d2, d3) -> (d1)>
func.func @main(%x: tensor<3x5x7x40xf16>, %b: tensor<5xf16>) -> tensor<3x5x7x40xf16> {
  %zero = arith.constant 0.0 : f16
  %e = tensor.empty() : tensor<3x5x7x40xf16>
  %r = linalg.generic {indexing_maps = [#x, #c, #x], iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%x, %b : tensor<3x5x7x40xf16>, tensor<5xf16>) outs(%e : tensor<3x5x7x40xf16>) {
  ^bb0(%a: f16, %bias: f16, %o: f16):
    %s = arith.addf %a, %bias : f16
    %m = arith.maximumf %s, %zero : f16
    linalg.yield %m : f16
  } -> tensor<3x5x7x40xf16>
  return %r : tensor<3x5x7x40xf16>
}
