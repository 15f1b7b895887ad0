// Loop nests over buffers, as kernels raised from C look: a matmul written into its
// third argument (the i, j loops are parallel, k is not), then an in-place scaling
// loop nest whose inner loop is an scf.for.
func.func @main(%a: memref<64x48xf32>, %b: memref<48x40xf32>, %c: memref<64x40xf32>) {
  affine.for %i = 0 to 64 {
    affine.for %j = 0 to 40 {
      %z = arith.constant 0.0 : f32
      affine.store %z, %c[%i, %j] : memref<64x40xf32>
      affine.for %k = 0 to 48 {
        %x = affine.load %a[%i, %k] : memref<64x48xf32>
        %y = affine.load %b[%k, %j] : memref<48x40xf32>
        %acc = affine.load %c[%i, %j] : memref<64x40xf32>
        %p = arith.mulf %x, %y : f32
        %s = arith.addf %acc, %p : f32
        affine.store %s, %c[%i, %j] : memref<64x40xf32>
      }
    }
  }
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c40 = arith.constant 40 : index
  %c64 = arith.constant 64 : index
  %two = arith.constant 2.0 : f32
  scf.for %i = %c0 to %c64 step %c1 {
    scf.for %j = %c0 to %c40 step %c1 {
      %v = memref.load %c[%i, %j] : memref<64x40xf32>
      %w = arith.mulf %v, %two : f32
      memref.store %w, %c[%i, %j] : memref<64x40xf32>
    }
  }
  return
}
