// ARGS: --affine-loop-fusion --affine-scalrep --canonicalize
func.func @fuse(%a: memref<64xf32>, %b: memref<64xf32>, %out: memref<64xf32>) {
  %t = memref.alloc() : memref<64xf32>
  affine.for %i = 0 to 64 {
    %v = affine.load %a[%i] : memref<64xf32>
    %w = arith.mulf %v, %v : f32
    affine.store %w, %t[%i] : memref<64xf32>
  }
  affine.for %i = 0 to 64 {
    %v = affine.load %t[%i] : memref<64xf32>
    %u = affine.load %b[%i] : memref<64xf32>
    %s = arith.addf %v, %u : f32
    affine.store %s, %out[%i] : memref<64xf32>
  }
  memref.dealloc %t : memref<64xf32>
  return
}
