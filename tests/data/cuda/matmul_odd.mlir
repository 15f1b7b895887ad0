// Matmul, bias and exp with sizes that no tile divides; the result is returned through a reshape.
func.func @main(%a: tensor<100x37xf32>, %b: tensor<37x50xf32>) -> tensor<5000xf32> {
  %cst = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<100x50xf32>
  %f = linalg.fill ins(%cst : f32) outs(%e : tensor<100x50xf32>) -> tensor<100x50xf32>
  %m = linalg.matmul ins(%a, %b : tensor<100x37xf32>, tensor<37x50xf32>) outs(%f : tensor<100x50xf32>) -> tensor<100x50xf32>
  %w = arith.constant dense<1.5> : tensor<100x50xf32>
  %e2 = tensor.empty() : tensor<100x50xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0,d1)->(d0,d1)>, affine_map<(d0,d1)->(d0,d1)>, affine_map<(d0,d1)->(d0,d1)>], iterator_types = ["parallel","parallel"]} ins(%m, %w : tensor<100x50xf32>, tensor<100x50xf32>) outs(%e2 : tensor<100x50xf32>) {
  ^bb0(%x: f32, %y: f32, %o: f32):
    %s = arith.addf %x, %y : f32
    %t = math.exp %s : f32
    linalg.yield %t : f32
  } -> tensor<100x50xf32>
  %c = tensor.collapse_shape %r [[0, 1]] : tensor<100x50xf32> into tensor<5000xf32>
  return %c : tensor<5000xf32>
}
