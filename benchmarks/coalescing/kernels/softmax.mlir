// Row softmax: max, exp(x - max) into y, sum, divide y in place; the row maxima and sums live in
// one temporary buffer.
func.func @softmax(%x: memref<512x1024xf32>, %y: memref<512x1024xf32>) {
  %ninf = arith.constant 0xFF800000 : f32
  %zero = arith.constant 0.0 : f32
  %row = memref.alloc() : memref<512xf32>
  linalg.fill ins(%ninf : f32) outs(%row : memref<512xf32>)
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
    ins(%x : memref<512x1024xf32>) outs(%row : memref<512xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.maximumf %acc, %a : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>,
                                   affine_map<(i, j) -> (i, j)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%x, %row : memref<512x1024xf32>, memref<512xf32>) outs(%y : memref<512x1024xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %d = arith.subf %a, %b : f32
    %r = math.exp %d : f32
    linalg.yield %r : f32
  }
  linalg.fill ins(%zero : f32) outs(%row : memref<512xf32>)
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
                  iterator_types = ["parallel", "reduction"]}
    ins(%y : memref<512x1024xf32>) outs(%row : memref<512xf32>) {
  ^bb0(%a: f32, %acc: f32):
    %r = arith.addf %acc, %a : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%row : memref<512xf32>) outs(%y : memref<512x1024xf32>) {
  ^bb0(%s: f32, %e: f32):
    %r = arith.divf %e, %s : f32
    linalg.yield %r : f32
  }
  memref.dealloc %row : memref<512xf32>
  return
}
