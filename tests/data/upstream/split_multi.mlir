// ARGS: --split-input-file --canonicalize --mlir-print-local-scope
func.func @a(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %y = arith.addi %x, %c0 : i32
  return %y : i32
}
// -----
#m = affine_map<(d0) -> (d0 * 2)>
func.func @b(%x: index) -> index {
  %y = affine.apply #m(%x)
  return %y : index
}
