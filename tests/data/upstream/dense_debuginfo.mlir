// ARGS: --mlir-print-debuginfo --mlir-elide-elementsattrs-if-larger=4 --canonicalize
func.func @c() -> tensor<8xf32> {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>
  return %c : tensor<8xf32>
}
