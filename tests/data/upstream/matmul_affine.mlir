// ARGS: --convert-linalg-to-affine-loops --affine-loop-tile=tile-size=8 --canonicalize --cse
func.func @mm(%A: memref<64x32xf32>, %B: memref<32x16xf32>, %C: memref<64x16xf32>) {
  linalg.matmul ins(%A, %B : memref<64x32xf32>, memref<32x16xf32>) outs(%C : memref<64x16xf32>)
  return
}
