// The seed's strided access, as affine loops over buffers (the form raised from .ll):
// out[i][j] = 2 * in[i][2 * j]. No loop reads `in` contiguously.
func.func @strided_access(%in: memref<512x2048xf32>, %out: memref<512x1024xf32>) {
  %two = arith.constant 2.0 : f32
  affine.for %i = 0 to 512 {
    affine.for %j = 0 to 1024 {
      %v = affine.load %in[%i, %j * 2] : memref<512x2048xf32>
      %w = arith.mulf %v, %two : f32
      affine.store %w, %out[%i, %j] : memref<512x1024xf32>
    }
  }
  return
}
