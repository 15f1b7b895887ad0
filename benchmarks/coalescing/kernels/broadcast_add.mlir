// C[i][j] = A[i][j] + row[j] + col[i]: two broadcast operands along different dimensions.
func.func @broadcast_add(%A: memref<1024x1024xf32>, %row: memref<1024xf32>, %col: memref<1024xf32>,
                         %C: memref<1024x1024xf32>) {
  linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (j)>,
                                   affine_map<(i, j) -> (i)>, affine_map<(i, j) -> (i, j)>],
                  iterator_types = ["parallel", "parallel"]}
    ins(%A, %row, %col : memref<1024x1024xf32>, memref<1024xf32>, memref<1024xf32>)
    outs(%C : memref<1024x1024xf32>) {
  ^bb0(%a: f32, %r: f32, %c: f32, %o: f32):
    %s = arith.addf %a, %r : f32
    %t = arith.addf %s, %c : f32
    linalg.yield %t : f32
  }
  return
}
