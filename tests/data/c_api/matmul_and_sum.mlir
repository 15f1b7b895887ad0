// Two outputs of two ranks, for the C API test (tests/test_c_export.py).
func.func @main(%a: tensor<4x8xf32>, %b: tensor<8x3xf32>) -> (tensor<4x3xf32>, tensor<4xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x3xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %m = linalg.matmul ins(%a, %b : tensor<4x8xf32>, tensor<8x3xf32>) outs(%f : tensor<4x3xf32>) -> tensor<4x3xf32>
  %e2 = tensor.empty() : tensor<4xf32>
  %f2 = linalg.fill ins(%z : f32) outs(%e2 : tensor<4xf32>) -> tensor<4xf32>
  %s = linalg.reduce ins(%a : tensor<4x8xf32>) outs(%f2 : tensor<4xf32>) dimensions = [1]
    (%x: f32, %acc: f32) { %y = arith.addf %x, %acc : f32
      linalg.yield %y : f32 }
  return %m, %s : tensor<4x3xf32>, tensor<4xf32>
}
