func.func @main(%a0: tensor<1x1x1xf64>) -> tensor<1x1xf64> {
  %z = arith.constant 0x7FF0000000000000 : f64
  %e = tensor.empty() : tensor<1x1xf64>
  %f = linalg.fill ins(%z : f64) outs(%e : tensor<1x1xf64>) -> tensor<1x1xf64>
  %r = linalg.reduce ins(%a0 : tensor<1x1x1xf64>) outs(%f : tensor<1x1xf64>) dimensions = [0]
    (%x: f64, %acc: f64) {
      %s = arith.minimumf %x, %acc : f64
      linalg.yield %s : f64
    }
  return %r : tensor<1x1xf64>
}
