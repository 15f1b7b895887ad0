// The mean of a whole tensor of 16M f32 (the issue-12 case for a multi-block tree reduction):
// a fill, the sum, the divide.
#in = affine_map<(d0) -> (d0)>
#all = affine_map<(d0) -> ()>
#s = affine_map<() -> ()>
func.func @main(%x: tensor<16777216xf32>) -> tensor<f32> {
  %zero = arith.constant 0.0 : f32
  %n = arith.constant 16777216.0 : f32
  %e = tensor.empty() : tensor<f32>
  %i = linalg.fill ins(%zero : f32) outs(%e : tensor<f32>) -> tensor<f32>
  %sum = linalg.generic {indexing_maps = [#in, #all], iterator_types = ["reduction"]}
      ins(%x : tensor<16777216xf32>) outs(%i : tensor<f32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %a, %acc : f32
    linalg.yield %r : f32
  } -> tensor<f32>
  %mean = linalg.generic {indexing_maps = [#s, #s], iterator_types = []}
      ins(%sum : tensor<f32>) outs(%e : tensor<f32>) {
  ^bb0(%a: f32, %o: f32):
    %d = arith.divf %a, %n : f32
    linalg.yield %d : f32
  } -> tensor<f32>
  return %mean : tensor<f32>
}
