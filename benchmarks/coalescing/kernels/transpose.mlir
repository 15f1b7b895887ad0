// B = A^T: whichever loop takes threadIdx.x, one side of the copy is strided.
func.func @transpose(%A: memref<1024x768xf32>, %B: memref<768x1024xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j, i)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%A : memref<1024x768xf32>) outs(%B : memref<768x1024xf32>) {
  ^bb0(%a: f32, %b: f32):
    linalg.yield %a : f32
  }
  return
}
