// ARGS: --pass-pipeline=builtin.module(func.func(affine-super-vectorize{virtual-vector-size=8}),canonicalize)
func.func @scale(%a: memref<128xf32>, %s: f32) {
  affine.for %i = 0 to 128 {
    %v = affine.load %a[%i] : memref<128xf32>
    %m = arith.mulf %v, %s : f32
    affine.store %m, %a[%i] : memref<128xf32>
  }
  return
}
