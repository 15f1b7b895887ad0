#map = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map2 = affine_map<(d0, d1, d2) -> (d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, d1)>
#map5 = affine_map<(d0, d1) -> (d1)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
module {
  func.func @main(%arg0: tensor<2x16x32xf16>) -> tensor<2x16x32xf16> {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %cst_2 = arith.constant 1.000000e+00 : f16
    %cst_3 = arith.constant 2.000000e+00 : f16
    %cst_4 = arith.constant 5.000000e-01 : f16
    %cst_5 = arith.constant dense_resource<torch_tensor_32_torch.float16_5> : tensor<32xf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_128_torch.float16> : tensor<32x128xf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_128_torch.float16> : tensor<128xf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_128_32_torch.float16> : tensor<128x32xf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_torch.float16_4> : tensor<32xf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_32_torch.float16_3> : tensor<32xf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_torch.float16_2> : tensor<32xf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_32_torch.float16> : tensor<32x32xf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_96_torch.float16> : tensor<96xf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_96_32_torch.float16> : tensor<96x32xf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_torch.float16_1> : tensor<32xf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.float16> : tensor<32xf16>
    %cst_17 = arith.constant 1.000000e-05 : f64
    %cst_18 = arith.constant 3.200000e+01 : f64
    %cst_19 = arith.constant 3.200000e+01 : f32
    %cst_20 = arith.constant 4.000000e+00 : f16
    %0 = tensor.empty() : tensor<2x16x32xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<2x16x32xf16>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<2x16x32xf32>
    %2 = tensor.empty() : tensor<2x16x32xf64>
    %3 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<2x16x32xf32>) outs(%2 : tensor<2x16x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %109 = arith.extf %in : f32 to f64
      linalg.yield %109 : f64
    } -> tensor<2x16x32xf64>
    %4 = tensor.empty() : tensor<2x16x1xf64>
    %5 = linalg.fill ins(%cst : f64) outs(%4 : tensor<2x16x1xf64>) -> tensor<2x16x1xf64>
    %6 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%3 : tensor<2x16x32xf64>) outs(%5 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %7 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<2x16x1xf64>) outs(%4 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_18 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %8 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %7 : tensor<2x16x32xf64>, tensor<2x16x1xf64>) outs(%2 : tensor<2x16x32xf64>) {
    ^bb0(%in: f64, %in_46: f64, %out: f64):
      %109 = arith.subf %in, %in_46 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x32xf64>
    %9 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %8 : tensor<2x16x32xf64>, tensor<2x16x32xf64>) outs(%2 : tensor<2x16x32xf64>) {
    ^bb0(%in: f64, %in_46: f64, %out: f64):
      %109 = arith.mulf %in, %in_46 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x32xf64>
    %10 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%9 : tensor<2x16x32xf64>) outs(%5 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %11 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%10 : tensor<2x16x1xf64>) outs(%4 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_18 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %12 = tensor.empty() : tensor<2x16x1xf32>
    %13 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<2x16x1xf64>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %109 = arith.truncf %in : f64 to f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %14 = linalg.fill ins(%cst_0 : f32) outs(%12 : tensor<2x16x1xf32>) -> tensor<2x16x1xf32>
    %15 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%1 : tensor<2x16x32xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %16 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%15 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.divf %in, %cst_19 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %17 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%13 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.truncf %cst_17 : f64 to f32
      %110 = arith.addf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %18 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = math.rsqrt %in : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %19 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %16 : tensor<2x16x32xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.subf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x32xf32>
    %20 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %18 : tensor<2x16x32xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.mulf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x32xf32>
    %21 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%20, %cst_16 : tensor<2x16x32xf32>, tensor<32xf16>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f16, %out: f32):
      %109 = arith.extf %in_46 : f16 to f32
      %110 = arith.mulf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x32xf32>
    %22 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21, %cst_15 : tensor<2x16x32xf32>, tensor<32xf16>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f16, %out: f32):
      %109 = arith.extf %in_46 : f16 to f32
      %110 = arith.addf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x32xf32>
    %23 = tensor.empty() : tensor<2x16x32xf16>
    %24 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<2x16x32xf32>) outs(%23 : tensor<2x16x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<2x16x32xf16>
    %collapsed = tensor.collapse_shape %24 [[0, 1], [2]] : tensor<2x16x32xf16> into tensor<32x32xf16>
    %25 = tensor.empty() : tensor<32x96xf16>
    %transposed = linalg.transpose ins(%cst_14 : tensor<96x32xf16>) outs(%25 : tensor<32x96xf16>) permutation = [1, 0] 
    %26 = tensor.empty() : tensor<96xf32>
    %27 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_13 : tensor<96xf16>) outs(%26 : tensor<96xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<96xf32>
    %28 = tensor.empty() : tensor<32x32xf32>
    %29 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<32x32xf16>) outs(%28 : tensor<32x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x32xf32>
    %30 = tensor.empty() : tensor<32x96xf32>
    %31 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed : tensor<32x96xf16>) outs(%30 : tensor<32x96xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x96xf32>
    %32 = linalg.fill ins(%cst_0 : f32) outs(%30 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %33 = linalg.matmul ins(%29, %31 : tensor<32x32xf32>, tensor<32x96xf32>) outs(%32 : tensor<32x96xf32>) -> tensor<32x96xf32>
    %34 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%33, %27 : tensor<32x96xf32>, tensor<96xf32>) outs(%30 : tensor<32x96xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.addf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<32x96xf32>
    %35 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<32x96xf32>) outs(%25 : tensor<32x96xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<32x96xf16>
    %expanded = tensor.expand_shape %35 [[0, 1], [2]] output_shape [2, 16, 96] : tensor<32x96xf16> into tensor<2x16x96xf16>
    %extracted_slice = tensor.extract_slice %expanded[0, 0, 0] [2, 16, 32] [1, 1, 1] : tensor<2x16x96xf16> to tensor<2x16x32xf16>
    %extracted_slice_21 = tensor.extract_slice %expanded[0, 0, 32] [2, 16, 32] [1, 1, 1] : tensor<2x16x96xf16> to tensor<2x16x32xf16>
    %extracted_slice_22 = tensor.extract_slice %expanded[0, 0, 64] [2, 16, 32] [1, 1, 1] : tensor<2x16x96xf16> to tensor<2x16x32xf16>
    %expanded_23 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf16> into tensor<2x16x2x16xf16>
    %36 = tensor.empty() : tensor<2x2x16x16xf16>
    %transposed_24 = linalg.transpose ins(%expanded_23 : tensor<2x16x2x16xf16>) outs(%36 : tensor<2x2x16x16xf16>) permutation = [0, 2, 1, 3] 
    %expanded_25 = tensor.expand_shape %extracted_slice_21 [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf16> into tensor<2x16x2x16xf16>
    %expanded_26 = tensor.expand_shape %extracted_slice_22 [[0], [1], [2, 3]] output_shape [2, 16, 2, 16] : tensor<2x16x32xf16> into tensor<2x16x2x16xf16>
    %transposed_27 = linalg.transpose ins(%expanded_26 : tensor<2x16x2x16xf16>) outs(%36 : tensor<2x2x16x16xf16>) permutation = [0, 2, 1, 3] 
    %transposed_28 = linalg.transpose ins(%expanded_25 : tensor<2x16x2x16xf16>) outs(%36 : tensor<2x2x16x16xf16>) permutation = [0, 2, 3, 1] 
    %collapsed_29 = tensor.collapse_shape %transposed_24 [[0, 1], [2], [3]] : tensor<2x2x16x16xf16> into tensor<4x16x16xf16>
    %collapsed_30 = tensor.collapse_shape %transposed_28 [[0, 1], [2], [3]] : tensor<2x2x16x16xf16> into tensor<4x16x16xf16>
    %37 = tensor.empty() : tensor<4x16x16xf32>
    %38 = linalg.fill ins(%cst_0 : f32) outs(%37 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %39 = linalg.batch_matmul ins(%collapsed_29, %collapsed_30 : tensor<4x16x16xf16>, tensor<4x16x16xf16>) outs(%38 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %40 = tensor.empty() : tensor<4x16x16xf16>
    %41 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%39 : tensor<4x16x16xf32>) outs(%40 : tensor<4x16x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<4x16x16xf16>
    %expanded_31 = tensor.expand_shape %41 [[0, 1], [2], [3]] output_shape [2, 2, 16, 16] : tensor<4x16x16xf16> into tensor<2x2x16x16xf16>
    %42 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_31 : tensor<2x2x16x16xf16>) outs(%36 : tensor<2x2x16x16xf16>) {
    ^bb0(%in: f16, %out: f16):
      %109 = arith.divf %in, %cst_20 : f16
      linalg.yield %109 : f16
    } -> tensor<2x2x16x16xf16>
    %43 = tensor.empty() : tensor<2x2x16x16xf32>
    %44 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%42 : tensor<2x2x16x16xf16>) outs(%43 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<2x2x16x16xf32>
    %45 = tensor.empty() : tensor<2x2x16xi64>
    %46 = linalg.fill ins(%c0_i64 : i64) outs(%45 : tensor<2x2x16xi64>) -> tensor<2x2x16xi64>
    %47 = tensor.empty() : tensor<2x2x16xf32>
    %48 = linalg.fill ins(%cst_1 : f32) outs(%47 : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
    %49:2 = linalg.generic {indexing_maps = [#map6, #map7, #map7], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%44 : tensor<2x2x16x16xf32>) outs(%48, %46 : tensor<2x2x16xf32>, tensor<2x2x16xi64>) {
    ^bb0(%in: f32, %out: f32, %out_46: i64):
      %109 = linalg.index 3 : index
      %110 = arith.index_cast %109 : index to i64
      %111 = arith.maximumf %in, %out : f32
      %112 = arith.cmpf ogt, %in, %out : f32
      %113 = arith.select %112, %110, %out_46 : i64
      linalg.yield %111, %113 : f32, i64
    } -> (tensor<2x2x16xf32>, tensor<2x2x16xi64>)
    %expanded_32 = tensor.expand_shape %49#0 [[0], [1], [2, 3]] output_shape [2, 2, 16, 1] : tensor<2x2x16xf32> into tensor<2x2x16x1xf32>
    %50 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%44, %expanded_32 : tensor<2x2x16x16xf32>, tensor<2x2x16x1xf32>) outs(%43 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.subf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<2x2x16x16xf32>
    %51 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50 : tensor<2x2x16x16xf32>) outs(%43 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = math.exp %in : f32
      linalg.yield %109 : f32
    } -> tensor<2x2x16x16xf32>
    %52 = tensor.empty() : tensor<2x2x16x1xf32>
    %53 = linalg.fill ins(%cst_0 : f32) outs(%52 : tensor<2x2x16x1xf32>) -> tensor<2x2x16x1xf32>
    %54 = linalg.generic {indexing_maps = [#map6, #map8], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%51 : tensor<2x2x16x16xf32>) outs(%53 : tensor<2x2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<2x2x16x1xf32>
    %55 = linalg.generic {indexing_maps = [#map6, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%51, %54 : tensor<2x2x16x16xf32>, tensor<2x2x16x1xf32>) outs(%43 : tensor<2x2x16x16xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.divf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<2x2x16x16xf32>
    %56 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%55 : tensor<2x2x16x16xf32>) outs(%36 : tensor<2x2x16x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<2x2x16x16xf16>
    %collapsed_33 = tensor.collapse_shape %56 [[0, 1], [2], [3]] : tensor<2x2x16x16xf16> into tensor<4x16x16xf16>
    %collapsed_34 = tensor.collapse_shape %transposed_27 [[0, 1], [2], [3]] : tensor<2x2x16x16xf16> into tensor<4x16x16xf16>
    %57 = linalg.batch_matmul ins(%collapsed_33, %collapsed_34 : tensor<4x16x16xf16>, tensor<4x16x16xf16>) outs(%38 : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
    %58 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%57 : tensor<4x16x16xf32>) outs(%40 : tensor<4x16x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<4x16x16xf16>
    %expanded_35 = tensor.expand_shape %58 [[0, 1], [2], [3]] output_shape [2, 2, 16, 16] : tensor<4x16x16xf16> into tensor<2x2x16x16xf16>
    %59 = tensor.empty() : tensor<2x16x2x16xf16>
    %transposed_36 = linalg.transpose ins(%expanded_35 : tensor<2x2x16x16xf16>) outs(%59 : tensor<2x16x2x16xf16>) permutation = [0, 2, 1, 3] 
    %collapsed_37 = tensor.collapse_shape %transposed_36 [[0, 1], [2, 3]] : tensor<2x16x2x16xf16> into tensor<32x32xf16>
    %60 = tensor.empty() : tensor<32x32xf16>
    %transposed_38 = linalg.transpose ins(%cst_12 : tensor<32x32xf16>) outs(%60 : tensor<32x32xf16>) permutation = [1, 0] 
    %61 = tensor.empty() : tensor<32xf32>
    %62 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_11 : tensor<32xf16>) outs(%61 : tensor<32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32xf32>
    %63 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_37 : tensor<32x32xf16>) outs(%28 : tensor<32x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x32xf32>
    %64 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_38 : tensor<32x32xf16>) outs(%28 : tensor<32x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x32xf32>
    %65 = linalg.fill ins(%cst_0 : f32) outs(%28 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %66 = linalg.matmul ins(%63, %64 : tensor<32x32xf32>, tensor<32x32xf32>) outs(%65 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %67 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%66, %62 : tensor<32x32xf32>, tensor<32xf32>) outs(%28 : tensor<32x32xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.addf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<32x32xf32>
    %68 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%67 : tensor<32x32xf32>) outs(%60 : tensor<32x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<32x32xf16>
    %expanded_39 = tensor.expand_shape %68 [[0, 1], [2]] output_shape [2, 16, 32] : tensor<32x32xf16> into tensor<2x16x32xf16>
    %69 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0, %expanded_39 : tensor<2x16x32xf16>, tensor<2x16x32xf16>) outs(%23 : tensor<2x16x32xf16>) {
    ^bb0(%in: f16, %in_46: f16, %out: f16):
      %109 = arith.addf %in, %in_46 : f16
      linalg.yield %109 : f16
    } -> tensor<2x16x32xf16>
    %70 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69 : tensor<2x16x32xf16>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<2x16x32xf32>
    %71 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70 : tensor<2x16x32xf32>) outs(%2 : tensor<2x16x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %109 = arith.extf %in : f32 to f64
      linalg.yield %109 : f64
    } -> tensor<2x16x32xf64>
    %72 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%71 : tensor<2x16x32xf64>) outs(%5 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %73 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x16x1xf64>) outs(%4 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_18 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %74 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%71, %73 : tensor<2x16x32xf64>, tensor<2x16x1xf64>) outs(%2 : tensor<2x16x32xf64>) {
    ^bb0(%in: f64, %in_46: f64, %out: f64):
      %109 = arith.subf %in, %in_46 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x32xf64>
    %75 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%74, %74 : tensor<2x16x32xf64>, tensor<2x16x32xf64>) outs(%2 : tensor<2x16x32xf64>) {
    ^bb0(%in: f64, %in_46: f64, %out: f64):
      %109 = arith.mulf %in, %in_46 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x32xf64>
    %76 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%75 : tensor<2x16x32xf64>) outs(%5 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.addf %in, %out : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %77 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%76 : tensor<2x16x1xf64>) outs(%4 : tensor<2x16x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %109 = arith.divf %in, %cst_18 : f64
      linalg.yield %109 : f64
    } -> tensor<2x16x1xf64>
    %78 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%77 : tensor<2x16x1xf64>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %109 = arith.truncf %in : f64 to f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %79 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "reduction"]} ins(%70 : tensor<2x16x32xf32>) outs(%14 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.addf %in, %out : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %80 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.divf %in, %cst_19 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %81 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = arith.truncf %cst_17 : f64 to f32
      %110 = arith.addf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x1xf32>
    %82 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x16x1xf32>) outs(%12 : tensor<2x16x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %109 = math.rsqrt %in : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x1xf32>
    %83 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%70, %80 : tensor<2x16x32xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.subf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x32xf32>
    %84 = linalg.generic {indexing_maps = [#map, #map1, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%83, %82 : tensor<2x16x32xf32>, tensor<2x16x1xf32>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.mulf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<2x16x32xf32>
    %85 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%84, %cst_10 : tensor<2x16x32xf32>, tensor<32xf16>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f16, %out: f32):
      %109 = arith.extf %in_46 : f16 to f32
      %110 = arith.mulf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x32xf32>
    %86 = linalg.generic {indexing_maps = [#map, #map2, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %cst_9 : tensor<2x16x32xf32>, tensor<32xf16>) outs(%0 : tensor<2x16x32xf32>) {
    ^bb0(%in: f32, %in_46: f16, %out: f32):
      %109 = arith.extf %in_46 : f16 to f32
      %110 = arith.addf %in, %109 : f32
      linalg.yield %110 : f32
    } -> tensor<2x16x32xf32>
    %87 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<2x16x32xf32>) outs(%23 : tensor<2x16x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<2x16x32xf16>
    %collapsed_40 = tensor.collapse_shape %87 [[0, 1], [2]] : tensor<2x16x32xf16> into tensor<32x32xf16>
    %88 = tensor.empty() : tensor<32x128xf16>
    %transposed_41 = linalg.transpose ins(%cst_8 : tensor<128x32xf16>) outs(%88 : tensor<32x128xf16>) permutation = [1, 0] 
    %89 = tensor.empty() : tensor<128xf32>
    %90 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_7 : tensor<128xf16>) outs(%89 : tensor<128xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<128xf32>
    %91 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_40 : tensor<32x32xf16>) outs(%28 : tensor<32x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x32xf32>
    %92 = tensor.empty() : tensor<32x128xf32>
    %93 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_41 : tensor<32x128xf16>) outs(%92 : tensor<32x128xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x128xf32>
    %94 = linalg.fill ins(%cst_0 : f32) outs(%92 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %95 = linalg.matmul ins(%91, %93 : tensor<32x32xf32>, tensor<32x128xf32>) outs(%94 : tensor<32x128xf32>) -> tensor<32x128xf32>
    %96 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%95, %90 : tensor<32x128xf32>, tensor<128xf32>) outs(%92 : tensor<32x128xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.addf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<32x128xf32>
    %97 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%96 : tensor<32x128xf32>) outs(%88 : tensor<32x128xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<32x128xf16>
    %expanded_42 = tensor.expand_shape %97 [[0, 1], [2]] output_shape [2, 16, 128] : tensor<32x128xf16> into tensor<2x16x128xf16>
    %98 = tensor.empty() : tensor<2x16x128xf16>
    %99 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_42 : tensor<2x16x128xf16>) outs(%98 : tensor<2x16x128xf16>) {
    ^bb0(%in: f16, %out: f16):
      %109 = math.sqrt %cst_3 : f16
      %110 = arith.divf %in, %109 : f16
      %111 = math.erf %110 : f16
      %112 = arith.addf %111, %cst_2 : f16
      %113 = arith.mulf %112, %cst_4 : f16
      %114 = arith.mulf %in, %113 : f16
      linalg.yield %114 : f16
    } -> tensor<2x16x128xf16>
    %collapsed_43 = tensor.collapse_shape %99 [[0, 1], [2]] : tensor<2x16x128xf16> into tensor<32x128xf16>
    %100 = tensor.empty() : tensor<128x32xf16>
    %transposed_44 = linalg.transpose ins(%cst_6 : tensor<32x128xf16>) outs(%100 : tensor<128x32xf16>) permutation = [1, 0] 
    %101 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel"]} ins(%cst_5 : tensor<32xf16>) outs(%61 : tensor<32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32xf32>
    %102 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%collapsed_43 : tensor<32x128xf16>) outs(%92 : tensor<32x128xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<32x128xf32>
    %103 = tensor.empty() : tensor<128x32xf32>
    %104 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%transposed_44 : tensor<128x32xf16>) outs(%103 : tensor<128x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %109 = arith.extf %in : f16 to f32
      linalg.yield %109 : f32
    } -> tensor<128x32xf32>
    %105 = linalg.matmul ins(%102, %104 : tensor<32x128xf32>, tensor<128x32xf32>) outs(%65 : tensor<32x32xf32>) -> tensor<32x32xf32>
    %106 = linalg.generic {indexing_maps = [#map4, #map5, #map4], iterator_types = ["parallel", "parallel"]} ins(%105, %101 : tensor<32x32xf32>, tensor<32xf32>) outs(%28 : tensor<32x32xf32>) {
    ^bb0(%in: f32, %in_46: f32, %out: f32):
      %109 = arith.addf %in, %in_46 : f32
      linalg.yield %109 : f32
    } -> tensor<32x32xf32>
    %107 = linalg.generic {indexing_maps = [#map4, #map4], iterator_types = ["parallel", "parallel"]} ins(%106 : tensor<32x32xf32>) outs(%60 : tensor<32x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %109 = arith.truncf %in : f32 to f16
      linalg.yield %109 : f16
    } -> tensor<32x32xf16>
    %expanded_45 = tensor.expand_shape %107 [[0, 1], [2]] output_shape [2, 16, 32] : tensor<32x32xf16> into tensor<2x16x32xf16>
    %108 = linalg.generic {indexing_maps = [#map, #map, #map], iterator_types = ["parallel", "parallel", "parallel"]} ins(%69, %expanded_45 : tensor<2x16x32xf16>, tensor<2x16x32xf16>) outs(%23 : tensor<2x16x32xf16>) {
    ^bb0(%in: f16, %in_46: f16, %out: f16):
      %109 = arith.addf %in, %in_46 : f16
      linalg.yield %109 : f16
    } -> tensor<2x16x32xf16>
    return %108 : tensor<2x16x32xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.float16_5: "0x020000008B2DB5ACC0A000AC60AB562C5FA40729E2A7F017BBA9C72C8DAD6E9CD62C08AC11A31324762DB31689ACEFABA023D02C70AD35AC95ACE1AC481F3D2AE4AC05A3",
      torch_tensor_32_128_torch.float16: "0x02000000BE291F2DFAA5B02C65973AAD46AD42A96C90972CD5A804A3BC2B94A5E728AD9F69A855AB8D2D14AAAA20DC273324509F60A4C3A8D22799A63828D429032853A9C8AB2EA63C27E120882DA42B4BA9102C73AAA3A7312C28AC4AA6A6AC40290E2CF92CE3A72FACF82951AB8AA7A7AC6A2C8CA00522491D7922F5A88B2D21ADECA196AAB3AB142A272C5B29C7268C2B112A95A6C9A8B4261A2B8E2B0B0EA82D10ACB228D82CA71DD52AF92C61AC5B2B3F29F229AE29C52A3B27472A21ADA3AD032AA22DC1A6592CEEA0AD295C9F8029EAA8A7AC0B2AC0A8382C1D229DA8712D672DDEA908297E26F3AABF21F5ACE91EE8ACD62CAE297B2C6324D1A8C829FC28352AEFA2A22D37AB0CAD0D261D2DFB227FA6D3AC992B90ADAAA8472A66AA68ABB4A96729D3A828A571A5242AF82CA51D550EA1A06429152C5C25FE2A1DA7769CB6ACEC28D3A9F3A289ADBD1F1F27D72AFBA45E1C512D9314132C8B2DD02C22293A2B2A2D72A08A2CA8A82BA71529D1AA56A8DE1C751F951C10A23427772D95A7392A8B25282B9D2C54A0B4A476A845A6CFA896A59D2ACB2656A9662A0F202A1B5E2856AACAA0512C542B612A5AA29120582BE1233B2ABC29F628532994ABF9AC9BAD6F2C4BAA73ACC9215CA42F27E9A5622C5DAD93ADDF2CE9A88C251F281A2325ABE82068ABC62CFD22162CFE2BD128FE27612A36AB452CDDA45F2C0F9E3E292D2C4D2463A49D28A3ADA5A09BA455AC499C432580ADA22C682A952DDDA802ACE82A512D98AAA3AAAD9ECF2CFFA26BADAEA879AA442C23AC392C3A280AA0AEA5402A68AA5FA8FE2C60A89820982C70AC7C230519D8A9912CCB2BEE9DDEA00C2B7DA7682A8CABA6AC8E2BB82B66AC01A5CE280B2ABE2AEE2B2EA9D224DC2CA4AC572BB925EA1B9B2DB3A83BA634ACC32C23AC0F2D2AAC7C2AA6A9F92C93AB53AB87A68CAC602D2F2825AA47AC7BA7CC2218A9932A8EA9BE26132C03AC6BAC69AD4224712C38AB18A2152B642C342A3F27DB23A51EF02C761A66289B9E7B2C9BAD32A76CAD50252DA5A6AC55AC74263F2CD22CC42B91ACB42C642D621C6EAD17AC02AD4A23A72C422B81A9EDA85A2512AA54A08C2625A80E2871A2352DA6ACC62CA12B11AD5125CBA15129172C14AA6FAA1DAC1B2CBDAC0BAB192DD529C42BE02CEFACA1A5A19F3C2D65A60F9E6B2AE52962ABEAAC46A83927622D1A298C2AF726C0A578A3C22CD22485249F2A142C752691A001A9E0AAA8A99B2C812CFBA9C62CD9A5B8A52F2799ACB2AA9FA21DA7B6295AA5D2ACEDAC762D1A29A2ADA4AC25AB1F2D282A6327682AAA23092C8EAC722C2C2983273C2B6CA460A928A63EACEF10D2293624429A482829AD70ABF0ACA02D24AD6029112C6AA622A3A62CA0ACA4ADA2A2CBA1A1A8101F052A0E2A9726FD2B46A90C1E962747270FA8982C53AC5EA96DAD6A2165AC072C93ABF725062D262D832722280624852A4A9E3EACFF2C42AC802DFE1C31290519D128B62B57AD702AA6A718AD89AC0F20672C5AAD9026912836AD01258DA912234DA8992C31ADEA2941A85D26882045AD61A9A21B8D19B9A9782A6CA901AAF328DBA01227062B73A86E26832C3123E92CEA28272C682CCE2A2426AD29ED2A1E1EB52357A8269ACC29159F46A79925DD99A81FDBA42C9374A5C22CACAB50AC67A4BA1E712B4326F2955AAD58A9E5253FA7EDAAB525092C91213D2CE12C7D18A82D792777271A283DAD9C28C02C3824721DBBA371ACBE218F285128232DC5AAFB2C11A59AA6B9A991ABDC24D3A4282482AD55A7D02980A93A2D83AB84AA862BDF2C0229042A03AC46243AA053A9CF249728D4AB8DA1ED257A2D8EACFE2C61A00925E1ACFAACCBA9AB9E4E240F2D7DA3CD2BBFAC562AE4AC5EADCA2A63AB41AAAEAA3FA68629AA2942AC4C1FAEACCEACC8A5C59FA529E928A525512C2FA104A0782D331EB42BA3A9422BC32A732CB5AA65AD0324C1A15B2D90A7F5A8102385ACA6AC492B2B257524E7A2502A44A8DE268D27C025BAAB3DAD65A9D4ACE7ACD0A7CAA0AE22D7A948ABFBA59A2AEF29442D3A290D2CDA15F9AAF626EC2CEEA7A49909AD5E2C98AC0CA9B91266A90B0E29AA7C2D92AA4C2368AD6822822B16AB7BA4E19A949A6424912CA8A68127A6ACB6AA14AC3925BD23872DFA2724A083A864204CA923231AA54DAB111D5E282BA4A2169CADB9A7A1AD9E2DD32CE7AC5AACCCAC842ABD243AAD02A7402C3D931CADDA27A02D292DE91F38A6BA202C2CE228B1ACF6295E2BCEACF5ABBD2BFF29F1AC3D26D52A9524092A4F278026982AB5A7EE0F7BA51AA45D2862A8C49CD22C6F278B2D319C18A8FA2C1CAB4729C92C65AA8FA41B2D4F9FF6AC46AA53AD67A4422A0CA239A4651F4D9F05A42BA79621809D7DA2BAA5E52550A8369DEDA2F82BBE28BE2870902BAB0F1E72ACEA178D2D82A2672D0CAB722C3F28EEA895AD17A95429762D8DAC16A90628A2A5D2AC9DA7352781AD34A8A52A6429D6A8442D47236A29CD9F4CA8E72C4BADEE27F7A828A7512C28AD15A2AEA7252C49AC70A484A8362C712C79178B28A72DDCACCA16292DEAA530AC032D5C2DAC2A412CC39FDAAB01ADB32857A6882D0D21562BD61D33A55AA8D4AC80ADA2A4EAACA7ADA429FAA88906CEA542ACEAA644AB1424502D60A57322752AF128BC1FC3A76EA43AA2A62D6422682B732AA92CCF2343168BA63B2B372C652C06AD6E1EE9AA74ABF0AC52A80F2D562AD2ABB0A4F628A32A192CF3A991A81F2AF224D6A949AC439DCF2C7BA84AA24828B9AC94A86B222AA96D2C69A2CC2830A439A12A2D81ACDFAB35A84D24A4A61C2738A9332847ADDB1A002ADE23FBA838A8ED24CFAB65ACB094D4AC11257AAB402A9A2A912C33AB3A1C402DA8A50A28232A401AF0A7E9252D2660AC21A8C3ACC8AC2A2CF42BB6AB78AD98AC5F29B72CC8A2CCA78EACA49A472A7529A0A89BA80C247C29A22CC924102B9D2C0F9811A5C42A86206A2D1F2A242534ADF42AEAA70CA41029422628A6179D52ACC0A8AEA58310B3A5422AB59C18AB362675A70B2C2999E62CE72C942DDA204D2C579461274AA97FAC58AC62AD28A5DDAC652CBAAC522CEA2412ACD32C8427469F7B2CC1AC132CE99F35192328A2A8CB94142C82287829D52C4EAB23A4EF2C06A871267C2820ADC8143A2DA3A389AD27ADE2222EA78AAB982C64AA14ACAF2B4C2CC027A62D96183E2CB6AA9BAC102186AB1B998BA0F7228DA5769E23ADC5A83229EB2CF82C482462A4552C141CB296951A03ABA3A61AAD3EA076ADE522F98801280FABD2904EA6C1AA692C94AD012C9AA555AA7EAD5EADCEA74D2B7D2422ACC62CA22CB4288A2D892B6C22D22B72AADDA1E6A9F7A37AACB12B78A8F826302DA427CA1C9E2D99AD3D2DE8AC9B2D321FF2AABAA7CFA9C92ADC2CD72A232C742DFCACC228691FD22A63260C19872B93A84FAC0EAC0F2CA01799ACD327E199B6AAF52C922ACA2C5FA3FFAAC9AC4A21EEABC02A21AD07AC93228A25F6A1B6A4BCA98BA6DF2114ADD8A327A3F017342CBEACD127322848267CA6922A01AC8FA8DC98A8A298AD122AAF2A06AD9209C3AC1DA46121EC2CF52BD529F62138AD4DA70B2D741F19A5CEA776291E2BE69FA1262A2C932BDE29BA2B1E28342691AD72A4C0A613257EA629ADBC2CE7A85FADB4A8BE24B1A7A6AD87275D28442D97AD4AA450A8D7A7D317462DBBA0D82C4422E5A95BA0D329B12A82A789A1BBAC34ABFBA5BE2A961DFA29B9ACA12492AC9EA69E2C8E1B3CAC92ADD7A670A840AD312A4117F2A25F2C5CAD3927302CE224112A04A854AD492D9DAD9EA8202D6AA97AA4CDA99E2413A83928842D40AC682BB1A5A3ADEB2891ABA82AE2A3D5AAEDACDE2474AD382A5328CDACEA2975AC982087A6912BC8AC1FA703A8CD9F962014AB2A221A1CBEA95F25282CD3294B27FCA818ACC32AFB22071FC32936A99EADC4AB4CAD0B2BE32A2FA911A5BAA49AA8C3AB202702A85EAB3E248BA87924D99A4C27732BF9AC5FA98C2D051C70A3782CED2CF32775AC652D1FAD9EADDB22A1A643AD662C7C2112AAEE271E2CCCA02D2C022BAF2301AA54AC349509A618AD4CAD2EABF4161DA9C1ACCFA3FDA875A5D82A902A612BA52D3F1E04AAB9A03B2309A8822CF1291AAC4A20452005278BAB912DD5A7422899A9B227D8A7FCA90FADF8273522FC2636AAD124A0A84B26482DBDAC57284CABEF26F0A49E2839ACF52B642AC7ABFCAB2F2A71AC6B2897A912AD0527C1A877ABBC263B29922C882DD5278AA6C3A3452C66AC102C382959280027B2AC8628789DBA1441A9172C8FA3E211D5AC582C39AD012BF628E4227AAD37A9019E31AC52A71EA511A7DF2B2C2D11A9D829AF1D242CEFAC9BA988A46F2D7A2C20A6F9AAA6A991211F25B9A960263CA1362C50A85AAAF522AB1C642A862D8EA8432D5029D12CF926C4A23622C2182EAC88A7492C6F2403266120E224E0AB43A4E5A4BCA727ABB8A0539866A788A5F3A638A384AC9C2C0BAAE529FBAC249C2DA0D0ACB31C39AC0028142BFFA28023AAA9182857ADA22D199DB124CB2CAFACE5A90F24A5AD2625B29F4EADA2A524AC5F202B2C622D4AAD09285BAC05283A2A64AD15AC13AD3EA0252826ACE49DE1A7222D30AD48AAC89269AC5B2C32AD4DA7BBA8A39260A9102CDFACF8A92EA968AD9CADFC27542DEBA264A8F228AB2A14AD67A9C82C092940ADC51649AC60AC9FA99D2D86AAC72B22AD3A9E1E2D15A5CCA700A917AC432720AC32ABEA2C362CEAA9A51714A64E2C14AD15AD8A29501C9EA6CB29A628B2AB772A922A66A2E5ACC028BD2A9FAD3CAD77A1F6ACA7A96A2C2324C22A5425882DAF28AA26482C7EA8D92C50202E2DBFAAAFAB1E2C84AA5F245C2D3B2405ACE3AA3EAAACAB112A902214A04D269D2AFC1F582B15A25F28D62441121E2C762D8E2CBEA559A7A82C24A9DB206CAAE3A53AA8102BF3A8EAA8CC28019D5D203BACFBA8AF29332930ADDBAB932671ACFDA966AA51AC87A9F02B34AD7F2BE7AC1AA690A72D2B95ACA1A992ADA7A680285A2DE72C05A606AA0525812B112DBE2B8196ACACD9AAE52AD1AC25AC34AB14A64629D72B5C2C40292325F4A5EFAAC3A97699E62C07A8C9A2E79817A961A96E260AAC799D76A50525C9A1EEA9D5A69CA5D1282A2505A76F2C04202D2A4DA8CCAC75AD8BA7F92A1D2BE52666269AABACA67D21F0AC25AD4BAC0427BEA1FDA30A2B91ABFFAA2DA5F82A4423E1AC012C92AA6A2C2428EF25AF2C292894AD7F287D2DB2A8242C942C55A50F08DDA1012DBD28022C10AD97A846ACF4246BA88F26E429FAA554212BAC38A15223092C92280426DF296D2C4020732DE6AAAA27AD0C302C66AD7E29DEACC4A64CA793A77FA99DACF4AC9EA49F2C12A6A5AB76A6AAACE99CA62C86AD1A2A322C142CB6AA4B21612AD9AC582CA49EFBACCEA533199DA898A8A7A0C827212988ADCF9D9925912CAB29B32BB6266CA041AAB3A85127BCA4352D18ABB12B3F2B792B6F2C8AAA8A2A9AAD12AA2FA3C42C8FA489AC0CADC716C21E812556A68C27BE20F1A5CB2915ACDCA9982577A660980EA8732A542DD82CDF252CABE9A726A95EA4A4A9BE2A5EADE71B162C7DACEEA3342AE8A75BA9072AD5ABA52D132D0D1C4D23C3A9462546ACE6A5862C9A26192C772B672DBA2525AC1FAD042B982C922DB0AB2B2D08A8E825D72B5EAC6EAD862B42AD7C298C2A232C5E18C8A5E72144A255AD5725A4AA302C50A96AA463AC362D902AF42C9A2AF9AA592D16A2342D56222A2B7EA872285B9084AC622C29AA7FAB8A2C31ADD0279A2C35A35AAD96AC7B9C2FA3DB2B862CFFAAFBA572AC0925252CBDA7021A089FE8AC842DE2244E2DEBAC9DA6F7A57227BBA582AAA22C712CA02DCD2A712B7AABC21E18A70CA05F1F6F25B0AA5BA339A9D3A549ABE9A9E7ABF1ABF69DCFAC65ADF02B13ACEC2B441E9FA2602C6BAC6C298D2B832C48AD4A1CC0A132ACBA2BF8A3A72B18AA05A94128C8217C2AD428872C2BAC1D25342C20A912AB912DBDAC1CACC9AC99257D25F7ACEE2A7D26AA278AAD2CADA6ACA4A807ADBB2925A276A8EA2CF921D8215AAAA9A6C6ACEFAA9F2D61AB342AC62B642BA22CDB2C122ADA9CCDA567ADF42921A518231CA54F2BC0190D2C3B2C00275E9F3D29ABAAF52B622CE5218CA09A25FB2C5725BBA9D8A48FADD99828AD1A25CA21442DC2A6BF9C298D28A805A8ADA8C6A832215B288324862CB6A19926AFAC192BAF2C552848ABBC9AB8AC25AD472C4329472C4D2B30A33D2960A99BAC18A3AFAA462D9AAC482DA7A31924ED2C3CA931A8AE28BCA5BB21212B5B1CB42BF5A89A2861205AAC0DA16C28F7AACD2C59AA2B2A1D2193AA442C28A506A381A69CADAF2A20A9C82A6129222A0A284927C5AC159DAFA8472C6028821820AD33ADBCACEA2B142B03ADDFACB62C902821AB3BA1FA2AFA29239BB5A89DA7C2A606AB79AB012C83236D271CAC32240A2D322AEB9B35A9732DD5A86BA6551C6BA6229B53A5B6AA1713A92886ADE727902246AB242C642B362784A863253B29B5A2DEA8EC16C5ACF72B7220F6A84F20EFA9F9A23FAB1A267C29FFA6172A032C18AD51AB23200BAA7F2BF32C5BAA8C21CE1DC02C88ACCB2707ACD3AC062DA32A97ADC42A10ACCA2C5A233BA7382014A4F88AC5AB9529D5AB381E1AAC22AA3121112022AD252644273BA93021FDA9E3ACA1A37A2B9E1A01AC672C26A3FCAC7827A2AC572B8F249C26F9ACFA2528A0E7A46B2618AD0BAC27ADF9A70029332AD02577A8161B72280FA962AD93A481A85E2B96277B22CF2800ADF0A9A0AC76A5FCABCE9B2FA9FA26CDACEEA9D42B092CE22035A9F6ACE52B0C17B4A3D3A08AA5152A42ABB89D5D2B01A5052AB525D0AC3821839F4DAB4AA9BA2CA82A512D502D642530A76829FFA9722C102DA62C882B5BA88AA815A812AD562DEFA9EA934AA6DC25BBACFB19BA2CE8A75024BF288C2C70ADF9A824AC16AC97AA5F27602CF01DA71FC6A077AD9E2D7C28D8AC4225C82BED2A122DF52C9B2CB8A42026E327CFAC8627E3AA7D2DBA2B132DCD2C222D8DADC9ACD1AC802CF5A9A72B7A28902D94A92B24A9AC97AC4CADA62A4AA62B1F892C002A0F2727AAAE2A562D39ADE0A453ACABA5E12454ADE1AB4C28912C81A8252A71AC77A83F2CD2A1C228CDAA5F2702A5DC972D28C325D12B559DF3A6362CF294C3AC8EABFB2A6D2958A90D2C7E29F528BF1C602927A5DAACDAA59224B2A98E282E2D86285E2B57A0B19B75A6EF2C3CACED288C28362D77A1E9A87D2DFFAB1814F1AA0E2C892B06AA6E9E069347AD342DB628B980C82CB0291329A928DCA78EAC3228F69EBB2915AC43203A2CCF23F6ABBC26992DCFA686A3A32A4F2B22287C24362C4C2D0AAD3D2B472C4C2A7B28C0274A2CB6211B2DE1A20C2A782C591C482C322B372838A83DAC7B28AC2A13AD55966601D5A4A32ADA2CE9A79728352C239F152A7E2D979E47AD00ADA92C54AB362D5B2464AC842D522C83A628A450AAF0A9D1252B9D98ABE7A46328B225D72444AB2CA94626772B102451AC122818AB47AD042CAC2A8AA30D2B45A8292786AD6AA974A4B52446294B23A3A9702C9E2A5EAA511B3D2DABA799AD282CB028EF29162210A318A52F29D9A53BA92E9BBC268CAD5A1C3129BCAA7B2B0E25422AA2280D166829AAAC162CBCA24512C3A8CAABCCAA8629FAA5FC2C9BA49AAD19AA9F9CF7A9E6A93D29E028370D59AC9DAC549C54AD7125788CB523829FFC2A23AAE3ACC9A6B628BCAC7D225F2C1C2B1C29B6A73B2584991F2CF32934261F2570279125D0A2ACAB0A27A121B42B8A2A9AACC0A1A0ACC32CD920C8ABEF2CB22BF2A4B7294195969ECB28BF9F9AA8B72688A79C2A0C2D96A9302625249D29A7189B1AB925AFACB92295AD4DA18C2A94A919A2A32C062892112E2045A98D22882C1D28912D492A49A4CFA25C291A1B7A263BADAD24D4213EADC92336287E983AADF02CBAACB52A5E1B12A605ACF82C742C81AB6FA285ABE5A9C0A0172D7D9C8E2D99ADA2A46C223BA99E198B90E92BC6A129A3772A1FA8582BC72CA5AA9821B6A56C2CC0A14DA4582B06237F2B44A8F1AC7923B82C452CE1A8032D07AB4B2D619DCBA9F4249F2C2B2BD5A9A225642871A52121572D01A6622CD1AC36A83E257CA83EAC77A364A992287029FDAB392AC02A482B3CAB7CAC2E9ADC27262959ACA62C7A2D1D9F2C23E32332AC62AD002B902CAB98EBAC6F1B68ABC0272C2DA72DAA2C32258E2D60A4009AC5ABB5286C289528132CE52C58AD69A686AC4D2CAB9908ADCD28EFAAB596092A4B2A082B8C9669A02E9C93AD05A84E2CCA292DADA525322D80AC89A015AA3695EFA8F42CE02962A4E6AC05AAC8A0172693A8EEAA8EA180AC0A2515ADB3A3BDAC6FA8DF137BA96AAB1A21BEA9F31CD224CAA0F2AC73A696A0B12690ACDE2B84252E214A1D72A31828E22B9CA4D628972AA428E20EDA276820252BAEA64E22692362ADBE25D5AB9E2982A408266CAC19294B2B0A28A32689AA122D482654AD3E972619BE2734246F2CC8A074A3F69BD82AF6AC6B2C50A82B2A9DAB13A8A81A43A133AB1BADB5AC552DA12954A7F62A20A21A9DDFAAF5AA952BA72D9BADA22113252EAA04A937AC28266A2D042854A356255BABD4A91927E62C5D99A7A65620A5ADD82AEAAA9DA7AFACAB26EAA89A1EE4AAD6291CACB4AC55ADEC2C5429EEAB94A5562CEF26222DB2A25FA0372C789BD1AC26A5312CB0289AA48AAD282CEAA4C0A4232D2A2AFF26A827CC16D81EE6A903289629202ABAA93B1DC39D98AAE824482AEF1F28A9892CF2A969280212EA27602849AD862507848CAC1A2B3A2084A6069CFB2B3AA827AA0BA780A5C82836A43A297FAC9D21612CCEA08B2C122769AD81AA802C91A3642D81AD10AA502C352D26AD562791AD1AAC16299FA9D49E3AA819AD18ADAA28E52A0AA4962C3BACD7A5F0AC322D4724BA19B5A913ADFC2C0C2922A4271D5E265AA9842DDE226F1C192BA1AB9C2AC5A86BAC99A679A82C2DAD21CAAB37ACACA99AAD369C331545AD4F24CEA45EA3C7AC3E2A9BA20024591EB025952981A219A6AC9CB1ACF6248AA8552C682D982596A72CA6472C78A47B2902AC12A42F29FC2B099D362159A641A9652DC9A8EEA7222CA52CC6A732A821AC8C295FA4ABA8C0ACC3A64C27C8AC63294BAC6E2DC8AB262DA7A38D2ADA9E9FA9B2A3AE28082A0C2DA31946287C2BAAA856A72F2999A56D26E728F0A263A6282D6D287EAD51AD6DA3CCAA802C2D2C5B2BA62C412CAB2C7B1AE62C8827C929A1A9E928BFAC90164DAA3E209D20D5A0A02D3EAD90ADE31D72AB82ABC6AA8F2C33ABA7AC0F2C46AB12A1D2AAB226E02CD6AA1CACBE28DEAA5828FC2A492CD321322D0CA6702A05A71EAAC426242A5229652B488F7228092CBBAB63A4022B20A4C62C4029BFA8702C69A85A2B702C032B692C431FCFAC6C2C592075A8F9A2A3AA122971AD3F295FAD81A9B92BECA2E02B7E2C18A729154CACE3A65C288EA69D2C122A3C2B6D2C041E099B78A4442DC72B50AC562637A6CA2C86AA68AC0425BFABEE2C432DE7ABA4A3C4A140AD48AC442D2A2C05A84E28EFA40E23099EF32717AAE22CDBA3932D48AA0BA4122C34AD1D253329269C54AC84AB6D2981ADB3AA892BCCA57FADC1A8BE217BA86DA978AACA2CB02CBCAB702B672D71A86428A0AD992CF9A9E7ACFEAA83AD082D20ADCDACDB26752A45A97129EFA0EDAB1829B72934ADE8AC3EA16DAC4DAC1223D21E1728BAAA2CA979AD252AEAAC39243A2C7228902AC22C6E127FA8251387AC1FABDB299A2BED28DDACBDABA32C701D21AC6F244A2A4E2ACC2B10A9702A03ACC62955AC1E110E2D1D2C2629231E3F2AFA13A02C4F2A952D5FA7F0292E2C802961AA2A2897A9F6ACE32C55ADFA2CF2A4D2A6C8AB10A81625DAA9062D5B27B92C95AC0CAAE4960AA7D3ABCBA801AD0A2D5A2ABEAC94AB022DA72C2925BCA8CE28EB262EA853257C2C922CBCAC2828839DF62876A94DA8552C622BFF26CF2C0AAC0F2D73AD8329F0291A2CBD2AC12B882C2AAD002D34A8E726F4AC5CAD042C49AD1E27382CD12B5AAA841FF02B65ADB1A1BEAC22AD77A9CCA8A62DEA143CA823161D29462D1920582C761F442B0FAD712CD1A7C7A899ABB028F52CC029F52973A952ACBC16FDA6662A4E26E69F20AC63296FA8CB1DBFA51E2D142A09AA7E2473A895A4FD2AD59D671DB22C7326592912AAEF2C97298CAA02ADCEA318AD2923112CB9AB29AD172B3CABED2086A6012A872C262C96ADE1A85F2D072C37AAF0AC6F2B16A5B82B7AA91F2D90299CA56BA6A02D7E289DAB222B09AC339543A86AADA12C8C2C992A70A449A88DA72F2BD22CA22CEDA4EA271CA3E826F223BBAC752C4DAA30A0ABAAB1A7552C252CD72CEBACAA2C45AB8D9E812C1F2215282425A9AC05A901A7189862913CAB7B2B5F1F8028512669AD462253ADF024272D3D242229A92803A49B19731F262C4D29E72C3DAA86AA44AB612CD9A88C2BAEA3B6ACD0A52C8B71286FADC6AC112A39A20BA430AC812A9D2C9BA6452D38AD9FAB6A2AB6AAB628EDA9BFAC6E23082A7FAAA9A02A25932D8E24861D65A90CA1F228F92C2BA87C2CACAB03285CAD982DF52BEB2AD3A6342865A32A287F2BBF2CBE1D282920AB922809907C982EACEF2A61AD00AA492D342D1D2AFAAA672D81A60FA4692B94A0E59FFF245C2D222CD6ABB31D3BA225250E224D28C1AAA3A3DA210CAC1D2508AD33A339A5F329D4AA40A8562BFB29472D4CA33B1E57AA232C412D012CAA2859AA7DA928A44F2A7D9F39A1C9253D284BA482AA142D1BAA002D21AD5FACB7A6E32AD728AE20A72171975BACEFA621253AA9642DB9A34DA52FAAC329762D002D22ADE69FF0A4A9A519ADA72D952CF6AB222BACA6292D5A99E829A39DBAA63CAD3FAC582D402D6F2D1B2C19AD3BABF4243AADFC9A602711A7D023531E5AA86E21C524BCAC372D9E2DA6AC6CA506993892FDA7041EB426CD26602A4B24B42710A2F1A53729752C981363AC4B2772AC5227652DA7AB42A24D2D9228682D56A916A1BFAB23AADD24952C0E2D37A8CC2C09AC4CADF921452D542C21ACB8A4012DEB29B0170DA92A2BC72C4E2BC1281DA97FAD192D4A25B5213E2844A81AAC2D2A75A16AAD41A4CDA221AC7BAC3BA5B3ACC02977AD23A91EAC06A89DAD57A681ABF52ABAAC4F2D522DF5251AA0B4AA07A9A8ABD9225D2D92A7B2A806254BADB1A7DFAB12ACD5A6652CD0284B26B72C9B2A45949B253FA28829132585284BAD22A2042A3C28A4259AA8542BD8A424AA0AAC5F1278AC142B0522CBA4E42C53965A216B2BA6232F0F2D2D58AC9829BD2504A366276A1F09ABA5ABAEA91B2D6B2CD7A0B629DA2AC42CFE25512C10A6C324E5AAB9ACE8A48EAC84276E2B8C246AADCE280D2D31231FADA0A47E2D7AAA5DAC2E2C5D2C44144B2DE1ACF82A56ADEBA6812C90A93AACEC239F2D29A805AD6B2AA12C40ABBBA9742916255AAC6AA4242490202F2C1D2ABC20042C58ADC323079934ABFAA3ECA670ADC71EA32D9EAB32A12BA552AA18296BAD",
      torch_tensor_128_torch.float16: "0x0200000045304EA58F30CEAE88B1D72DCB2B5EB1EA2CD6A89B2C233191307E1E922D3EB1B022532BC92D162C962F50225E2B8DB16DAD2A2DD22BD52C922CC8B07C2BC7AA54A725A3C63011319D2D69ACB62AC92B5530222355B18C2C81B0E025642FAC2C5B3174312DB1751C882A79A8D6AD7331CAAE3BB12BB129AEC224A32FA5A171B03230B1A215AC599DEC2CA8A5742CBB2C75AF16317F2F4FA04A2F40AAD6A8BA2C32B07AA987AFC3A378AC7CABF2A85B30912977B1D5AF0DA37A2B0A2F2C31A2AF5831992F80B0A7B06AB00B1BE8A887B16DAA162F78A284B06FAF392C152BE9ACA2B0CE2C0BAEF5B030318C2CADA7A426983007B180A802AC7FB1CC3059B18DAC",
      torch_tensor_128_32_torch.float16: "0x02000000FE2C80306631DF303BAE2E291BAFFF1BB030922D39B1DEACC6B0542DBFA523B03BAB6D2B31244F31CE981E2BDBAA66257C1EDC30BE2C73AE07B162B11CACDA25523172A46C2CC02D55B0AEB0492C462D45AD18278AB190188C29DB162FA7B62C38AA3630DFB077AEB9B01EB132309AA972B0B12849B0AE20612DC9A8D12DA5288AB074284B2F3FA94724C625C823E2296BB14B30EF2C97251E2890B076AAE09F612935AECD2406AB1E30DBB0BB24AA2F65B0309D3A2D912C5225932CE3AFB6300A1C502F012909A5D92C5F319431C3B07D2110B0982E1030F2AF3BA1D42F7B2F41B0992F02A8D0B08228452DC92EB1AF19B09AAF692EF2B01B96A6AAF12C7228B7ADE827353173279BAD0F1E30B142AF34A80DAFCA306428623027A94BA6B529BAAAB7AB8DB143301F319AB17DAB47B098AC4E300D2E06A3D52CC22A2E2E8CB0FF2A5CB171AF37AC69A457B1811C3A277DAC572BF130BBA707AE03B121B042AE2FB073AC3C2E152B19319E3113AC6EAC312681B0272E13A8BDB045B0CCAF382A56307B303BAA92AE05ADBBAFD5A91CB10C2E53B10AAF982F3BB069293D309331BA2D13AA772EF99DFAAAB7101329962FC02C672DC5268EA0C02C71296AB1512706AD00AE602CA128AA275EAD3A2D4F318925A62CF7B0BA2EDC2B192DB82CF4A96FA1793124300EB07D30A131F4256AB0632892A811306FB1CA293F982023C82F8A1A8EB09AAE88ACD4245E2C39A877ACF72C80B1E82F43A5DF2F4630D624282B66AE0E309F2E1CA7692C12A16B30A82C203024B18331372C802D0B296E2F5331B6A3A4B03231C6A875ADF72E502E0F26AEA154A83031E52EBD2E372FECADB928E5B0932E9BB1A7B197B1FA2EB624960E332748ACDFAA9FAF87A9F6AEC31C7230ADB0902D35B0B0AC6D28C927A43055844FACAEAC4F1D3EB06FB0D7ACA61CA4AF75AE0A303A3116ABDAB055AC912C582B04ABFBB0CEAA0FA9842E9CADCA2E472696A70BB1963109A81E2FDAAD82B182B0CCAD35AB64A6B83038B1A62DC330A9140EAFCA1D5E29022DE1AAC4AB56AD79B1F22B47B06FAD74975C3008311DB0E83011319230E1238B307F2D0FB0F7ADCF1A02B073AB9030442DED308D15C5AD7D2FAC229F27CBACA62C2EB08430F330152C6830DE2E52ACE8B0F5251B2FA1A49E233130AC2C3B30A52613256AA9A3A703AE902F2931332C251D78AB96B131A804B02DB07BA874A891281AB0113026B15CAD4CAC9521AD2CF7A910275BA973AC55A68E287FB1E0AF6B301E2DD79CB71D3F264229B9AF2BAA31B173B042A8FAA56D30CC2756A7049D522EDBAA3BA88AA890B053A63BB115AE34AF373036B173313E2CA5AFB030FCA8CBB049A6972D80B1C8A29A2C69AC1F246FAC97AF6E3004B03F98892B53AE762DB3B067310A2D68A6B5B0951D032C25AEB3A5A3B1A8B1EAA4BC3043A0182B86AC63ABF9A4B8ADEC2E0E2F66B0F12AACAC82AE85A505AB71AEAB26752EFCA655A2D022DDACFD2D383123A427228F30A23035B03DAD8DB1EE2E6A301EAC422B7B29DEB0852C8D2DF61BA4244229133000318126D32CEBA9BF2E73ACAAB04F2D322CFB28D02C6325B32B9C2C1AAED9A0D226DFA6C2B04B24EA2E0DAE8E312929D02C5EACA1B036AC881D28AD0A313EAF9FAF03AC13312CAD3C31702DE0A6DA2D612DC2ADA9A87B317D2E87AD16AA572EBE2D2D2348AF2CB0C7A8292CD3A4BBB08CA9A531ADB064B01D2FA13171B11EB113ABA4316CAEBD239E3001ACF0AA98AFF31E4831A02CF42FFFA130A70BA8742EEFA5D5B0F2AB6D2C84311DA8EDB02AB073B0902C2B30B12ACD2B5F2FBC2FC12E542E1F2AD72DC3AF53AF162A0B27F9B01FB081B07E30662FF4ADD42634A9EB3020B120B0B6B0962EA8ADBD2EA62B88AD18AA94ACFE2C8AACAE2B772285B01DAFD8AFEE2DE7288D9CBDAE9BB101AC54B0A0B165B164AF80B10E2B3C2C8F2CA2B1FF2E6928C92D90A96F2D5DB1B52B7C30C22C55B15AAA9FA5EE2D48AC8226F2AB30A7359B7FAEDAAFAC30C1307B9DE5305C3020AF7FACC5AF512B941C35A633306CAC31AE05B0C1AD743180AD3AAA192D58B0DEAE2A3057ACDFADDBA573A62328262C5DB0243161B1AA2B62AAC7AC4B3174B12E22402F0F31C8B0742599318BB1872917AF59271EB1912D05A9C32E729973A67EA92EB1CEAC031E60B0F7305CAF68AC0DA695B0B99573ADBCB0711C02319229AA301597E6AB8F3006AE3CB1F428A32DC3AEF72B04AC7EA503A9D7A89AB08C29F4A953308E27A0B04EB0E5AD6B2D4EAF2DAD1C28D8AF92AD2131FBAD8AAB0C3012297130FCB0A82DECA640AFD8AC79B1D42F57A88CB1D630542FAE2C89311C31493111319930EC2994A3E21EB4AC512D3F1D57294AAF43AC3E306724CF2BF0B0D8AC9B9CC0A4392FD4AAB93060A8672CF7AFAE2784B1DBB03EAF562A04236124F3A4C1308B31CE2C803079A029AC6628702FFFA658B0792BC5A972AD252F259E78AEC5AE54315C2F0EB08A05D59B652DD8B061198A2BC22DBB249CAD6EB11D2E2A31D5AA0EB19F2AEFAF64AF2B2A4CA428A21331F0A7E32E0BAB3630E72A0A31E42B02ACEE2CD2304A28372DF6AF212E59B10031AC2CF5214BB12531372F3731732C9F2BDCA9A3AC7C2CD92BDE9D3327C62B77B101B106AAB52F852D66B1CBAAC9A46F2BA130EB1B67B08E215EACEAAE442E14A6592D683073245F2E58AD512E3B1F852F693147B05F3151308FB0A22A9BB0572B002766B11B2C37AAA3318531D02B7530162C5A312EA498297AA7559AD3AA7AAC8B2EDB2CFFACFCB0882D34B101A0DEB0BD309B30A6B042B1B0AE3E2AA8AD63A9BCA927285AAD252D0CB007A4BE303FAE5730E32D4FABD92BA5AF4923692AE53055AE6FAEA6AD83B19328AFB013AA0CAD0F21DD2A1CB0AEAA5AA48AAE3A29302C08B073300530CCAABC2683253EA698AFA930912DBAB062B06131392733A9AB2F802A102C7D3010A36431F2AFE2AEAB277FA5752E27AA1E27B4A83F30F0A18F19253080316A3188B165AEEAA8ACA88B2E1C2D72A34A1CD928E030DD2DB5ADCCAD282B94A442AF7AB17B269CAA95AE42288231B330732E44B0752EDA2D8D2BA3A94E9A23AE19A973A769A6A1B1FC2BA1B03BB0992CA1B066316B3131ABCDA754B09821232835AE182BF79EACAA03917CB1F8AFFE257731B5AE412F2424DEAC590A6D2D6225023148A88EAF1D3176AA2E2F762F0228A5B08EB15F2D8829952EFCB03CA6E330F22DB33071308DA9B4AFBFAEAF2B7EACBE113927062F4F2E752E5B1F632E4CAD87AC2AA792AE0C31EFA6942AA19DF49808AEA5A20FB169AD5A304EB1722736276AB16B28412D19303C286C30D01E502CAE2A2CB0F8A8F8AF6530662DCCAC24A80A2AEFB01D1D662DAC252AA4462FEC2C07B1A92E76B05B2EC3302C24A6ABD8AD06AD2CA8B1AC9E31E1ACB32C3FB1BC2DD0300EB0C6A965296AB129AFDF2B5431C3AA989676B16EB1EB30CD30E5AA79ACDCA1402D77B144AE76ABEDACC89C2030F1281FB13B318E30202B8A2D3B2CA33071B10BAFBFA54EA884AF6DB152B007A7CD30802F862AF3AE8DAC5C243EB122A09A281D31F1A98D31D422D9AF5931E83078B090AE692DF6AEB12F66AD06AB7FAA6631A7AB66A8D82EBEAFFA925FB039B12BA90125D3306DB183AAF429462C9C2E8CB088A93B2989B0B32D66B10F2F5B2B6DAA572BCB302930DD2E96AE812A3F30FB277E2F04AFF42F019E13B1DEA90031E8ABD7A787AC27AED727DD2E5A2595A13C213EB0F6AD872086B09B2DE626A017CFA1C7302A31862D9F2D7CADA02CA7AFE42C04B0EC931A30832F0031B82B642C112A2130F02DAD2AE5AB7AAD98A9662D29AE2F2AF330CA302AB0732A662F23B13B2F0DAF17B0CCAC41ACADAC842A622C662CD02F29AF5FB18AB038AE2DADF92C18B023B00F2E33AF3E2850B0512C122FC2B0B22BEEAD2E2F1631C6B03B2CA42F2531463073284B21AA28BFAE6FA8959929AF03A003A6ECABF3AAA2B16431942D1730D1B08AB13530F2A70E27AC2DC921FF9DB92E85304EAAD4B034AE0B30DF23D830EAAB5CB1072BD2ACC4AE0E2F4B22BBA38231EE309FB033B198AD64B0F2ADA22F87AF30310F2BDD1FBE27C728482B9AB04C9A812F9F31CAA00BB0332D2DB10B31F42E192D2E261D3092ACB8B041AE3630A8AD83B0F52807AFAA9F2EAFC82863A7F9253B2D49AFB7AB8BAFB6300DAC432C392995B104B0D1A956B0002E1D2F508D8B25F629872B60A874ACFFAE351F7930A0A5DE30EA2BD2AD652C882C09ADEFA7B3A4FD2B6A30FAA85B2F1A2EE7B02330559F5E3068307AB1B6B027A5452B34A772B1272E78AE232DFE2FA2ABD02E05261BABDF21122CCB2D7EAE3A305AADDFB0E4AC02B1562A182268A0A8AFF72D6927AEA90228FB2BCCAE84AA23AD0231982945B0FD2F30A73B22DB2549A55B31E72CDF281DAC35291EB0D3ABBD2D91B18E9C2BACC82D11AFD52786AABF30C1A622B008ABFA2F552CD8280E2F5E2CCDA5FEAD6AB1712D693053AC16ADCD272EA45830449A749D42B1E82A08115729EB2ED02C840DF9A2B7AD1C31B530DE91A631F830812ED12D7B2CF0A77F249A30A0A7102B4DAB6D27922E092F892D622D6FA92731F32F5B3193B020ADB2B002245330BCAFEC293F9B44B11C9F50A57DAD0FAFB02EA5A47CA84AAAC9A53EAAC7AED42C5A990FB1AEAD9EA851AC56294B3115B05099EA3098AE6AB0092A3898BC981C2FD7B0C5AEDA2FF1AF13A6412D2EAE63B0C2AE36B0D9B06BA740B1E2AEAE2245319431BA3003250B2F13AB46AFAE2D772CF72B442DB0A929302A2EECAC2830142C2C1E7019DD30E21DF52B2130E4202031B2AE6CA45223E8201DB0663159AE153083AC802C3CAEEDACF729C82F46A33E2C3EAE272B16A528A9922D83ABE9AE6BAAA42D6A311D31E72FFBAE0D319B2C06288FAE03AED62903A464AA51B0D230012BF2254024172ED3AE3B9FFE3006A7D8B0C0AE042FF52DCF2FFFAB43AD00B13F22E4A85E3119AD30AF972C21AC34A4A5310E2FA3B15D20B21D8831E4B0F72E8EB190B1CDAD69B191A1913047AA4AB0C9A39BB0AD2F8B260431CD2C0C2CA02B413114AFEBAE5A301B2C30314629192CF92E5F2F352E70B08D2ABEAFD725322E90ABE8300931842A18B08E1B67301028EE308D223DAD622F7D2B3F2EC3AE4AB0942FEA2B2330B7B035ADBD9DE0AD122F7E30E7305B2623B10FAC40291BAAD52C0CAAAD30E6309B317E2BA9AFDBA90AAE172DF1A3882C912AF2AA4526F3A6D6277DAFB41A5030DA2D07AFB83053AC0E319DA87531A72E7BA39F2FCE306DB01128BF2FB0A4292F6A307DB02B2E33B1152F41AE0BAB8929DFB03D9EEBAB292B5DA124B196A90F27322E76AEE1AE192DCBAE79ACA7B173A983B017279530062DB7B012310EB157AC592E5E2D3C2E63A9F4B08AB16B2379B175AF652FF8A6E62B73B02C2719311D28FB27FBAE17B0982E11B18BA188B05C228BB17E2BEE0C71AF36AC85AC14ADA4A92B2882AEB629A9B05431C8AED02CBFAFB9AFA5A672AE55AAECAC54AA5FB08431622E0BAC1C300AAD9FB03F2BC9AB413017AA9BB0C5301429DE2A60A47FB0492BD30F7EAF722E4CB106AF47A94DB118B1CCAA44A82630482D4231072B0D265CA8C6AC11B12BB1D02C29AFA4AC4A2DFEAE2F2C02A1AB2827AD2030A0B048B16A30A5AF6E31062D5E2C9BA54228CD2952AD2A30F42E52217D2A7EA516AC5CB059AC6BB11EABEB2D7D312DB1B4B0AB30FDABD60B192F0331492C9B295D9C901C912C52B17AB1A12F8AB1F22D1830812FE72A07253A2DBE2EB31D12B00A2F0B25D12E95AFA8A945AF2F21CF304D28CF302830C8AF6E310721BD306228BAA7CD3030B00F1C57A617207EAA7E30BBA0AD2CDF2C2731112CA4B1B1B058B18CB1B5B047995B3153AFC22C2AAD62305C2F422DFC3044B0CEB0C8AD96280031782F132B04A86CAEA031F4B0CEAFA92E6A30F229539A60A5E525B1AD9831A63161ACDB2F61A91BB0C52753A8B4304622F7A87EB0672F8D2F5D26EEA395AB3F296E3175A7212464B1C729D9AC5DA900AE3D31B42FDFAC8DA9E42A422C54AD982C3227802E1DAE4EAF432D109FEEAC713009A58EAF76A63EADD1ABA8B08430FA30C6B0142F9D2A96ACA3AAB727CD28CD30683139215231B1AE2116ACB06B2D8328DAAE51B07EA846AC9CACEDB035AFB23090AD9B2C2A222DA6672B42300D2BE82498307D23F928843118B01C306FADA6A08CAE772F8DB003ADD22754ACDD24323101B15AAF66B069317E2916B0EBB031303231D9AECB299EA9B62E55AEBA2FA631DA2EBEA7EB25E22C86AE45AD89B1FE2F42ADDC3070A82EACC32D67A4ACAFDC2445AD18B023AFDA2B9E2396AC0A2C15AB5EB0C52BB5ABB4AA11303A3089B1DA300F3114B0A4B16AB002AA12A03C2A662962286BB07231DF30832DF12851AE9D2209B0333106B1D13053317AAD0CB1FC2B57B038B1D1AEFF2F17AF87AC97AC0530622C7C2E3AA8B1AE142C912CAF304DB127B06C2FDA29832FB9A9A4316C2C61AC77ADF229759C7CAD10AEA02B962D6331C6ACAEAE22AFAAAF973188AD52AD263080302DB1FDA4CD2AEC266FAE8FB015B0892B44AD25B194312F2DC0AA392705AC75AF3AB1602F39B144B0B83020AF99ABB01296B123B197B0D2A618AC3430472F8131E5B064ADB52FD82B5FAF3E30C7AD5F3184B0DD2D25A1E5B0DB2D27AC4D1AE8AA0FA9CBA9142D4FA3BB2F922C4794892C9DAB5CB074AFBFAF91B03E2707A416B1DF2D032FCE306C1FA0A2A82EE8B09821672FD42F552582A30B2CCF28149E7B30D4306DAE1731E8A9DE280A3159AD482D2CA667AE83A1D630502EDAAD1F319A28D430613196AA8430B5A62527E41DFC1806A32FB1E02331316C2B3AB1392855A7AC2A32B191270BB07026CF2EEC2F7BA7063153A183AE4A2DD71F77B0312F7431322E35A7BFB0D93007AED1261EB1FB2E8B2863317E2D67B1783092B068ADD72D28AEEF29A924692225AEEB2F8126332C4525A1AD41AC882FF1B0D2AB2EB1C4AE152628A98A2B4F30C2285F31A78F75314D27A59C532A76B09D302D31FAB0BCAE7930B02917ACA3AD2FA942A83831E1AE5D266A2A9DADA5A117A851300C305EA0CCAD7FAED1ACE8309930802845B13A2B35A8532EE12DBF309722ED223F15D12F4530552D86A892AA3E31DAADC9271D2BDC2DDDAE5EA84A9D21A4DBB0E22C53B0B7A9F02A7330DFA744AE0CADA9962FAE97291D2D5731C230A0A8CF2CF0255D2D25AD5031D1142A2F3230CBA85630DBA9A12D06A779B0C5A94C2C85309EB091AEE62DC8ADB720E4AFB82179AD0E29762C572873B03E30C33012B1A230E0B0512D58A13CA382AD743050274BA2679E1A309B3172AE04B1A7AF25AE9FB015AC60AC2D95742A442F77AF0EB0EEAC2BB0E0204AB02DA031A661B01CADF22C7DAAFEB09A300EAB74258D30A22D93B0FF304FAAC629092DE62BBC2F1BAD3430312FF6B038ACE33033B01EB1FD2EF92BF62483307520843182AFDDB0ECA88031D6B0AB2CCB29CAACA4B0BD2C3E2CBC9C782C302EF8AFE4B086A783A658ACF52957B07F318EA852AE3BA77BB0E5B08C2A36AA20AE382D6B301325A3AD282ECBAB3DAD69A880A9763110A818B130AB262CE42C97AFF8AF70AACA21A8B0352D3FA8952EBE2A39A716A4F52AE1ADDEA92E2D0DB181A8B628D6AD5B2D9B2D90A645AB7A2D192160B0852E9231D7303EAE4031B7AC49B00D30FAAF33318B319BAF7E2F51A8E2A9DE26462CB3AF8C31ED2F89AE582D0428382E379CA82B532A493161269C307D274A2B0AA5EAA440B070311FAEEC2D3829562F5BB139A46CB174B0FE2B58A98E2F3830180FB8AAD92F65317825B9B0BB2C8EA72BB0DF283C1C5D19A131BE2D242F051679A83E2C3CB05831A02542B188AE752D3929972D94B12493BE2E402EEA2098B1F230582C6B2CD22EB02E1DA57E2FB02F9B295CB0E82F8BADD3300CAF3DA260AC32AE77AB4B2F7A2B2DA48BB045AE6D2E49AD5DB035AE91AB07ADFD2D5598573135B1AEAD842BF02EA5AC872C3BAEDAAE302E83A124B0009FFB302B2987A819A8BEAE6F2EFC19D8AD3F21FE2AAA1F67A351B1759D3DABA398F3AE452C01AF50AB34ADB2AD281909ADE6ACC524C12C62AD082EB72A5E306124A43019B1982ADCB0C92C57ACA4A8CB304C31ADA983AE2F2E03AD52AD41B09F315E216D2894AE462D5DB192AAEAA6A92E37A480265330F82B9930B6ABFE2E04A78FA2D6287431DE11D5A46EAC26AF802EB2A89FABE928BA2759A7BA30EC2E83295CADB0ACEB30AC2823B118A617291C2ACD30CE1D74A50030AFA64A2B3DB0FDAB44B080246FB04F3004ADC1AF722155ADC6AE2430482B6A27902D90ABB4247531E5AC8F2CC23053A6A830F2A984A8C529FFA6F1A969A8A12840AE52B06FB09131DB1C112D6BB19FA66CB0D1A30A311B3016AC25AEA1B094ADBD2BB3AE382E10AC3E3179A907A8AC2EEE2F1630193059B13D2EEBAD033067308CA3CD2BCA28F92C972F8D2A94AB1F1F3A25ADB0702B5FAF2D2F12312926BD30CF1B1D2FA52DB7B089B06FA9812C36A897A8D72E1231CA2CB52AC02D292618B19DB145B1F9B0493065A2D8AFEE289C13CAAE6AB13D298A1904AC4FAEFDA9EB3087B07CAC33AB2F318421B72F7EA414A76E2E5AACBA2EF3309B2CFC2E62B03831D2AE5D2E102B9F22DC298DB16731D5A10D316F1C9DAC152FE59A2FAFB025A1B1FCAE99B0A6203AAEE69B4DB0E0B03AA555251230BDAB62310CB0D52B17B11C3145AC492E5C208DAC65A93AACEB2E2230623162A9D2AAAEAD31A2792973A34FAFAD22619D86B028AA689F7EB14B26372A3EA441A6571CC4296CAD36A47F2EA3AA128C3BB14EB05BA4D1AB8031D7A8B8B0D33050AFAF3098A471288CB122311398ACAD09B01E2857B13230332EE7300931AAAE21AAEE2E3D2F8931ADAC8126259E842E8BAD1F31B3AA9F2D4530A6B13728C2AF722DD83031ABABAFC0AD683055A736B0A1306B2FE6A436258E257831902E1428091C492B2EB0222EC12C3D25912E5DA82CB1B5B0553177AB21B08931FFAF99300A31BFA5972E543053B10EAEE325182BB9AFA8B06C3155AD85B1F82CD1ADE6ABF0AB39314E2C8B31FFAB1A3097B0DA2E691FC31ED130EF22D0AC3DAE552792ABB82DB9B09AAFEF3061AC93B10C3024AA4714032F8E2B6DB10F287B313BA11D30F5302B2C3BB1DA307830C82A74A3CBAFFD28DCAB1231A4B1E128A49B990FA0A5CA2CDBB0DF2889AF332BAFA3BE25612E80AC8DB047AD9C309BB02D2FFDABC320A22CFAABCBAFA82BD52E372C4E9ED324C02C362B9CAD14300FA677ACD4AA0326DBAD21B04F2E9E309FB18030A6AE58293C3113AFA7AC862A14AF67ACBEB04825102F0F2A07A85D316A3028AE792E31A94C2BEB24F42CC1AD74AD74AE53AFE1AC6E29712A4A2836304D3091300B2FAD95C229B2AD111ADD22A0B0A13004A95430602D25AEA22AFCAC92AD2F2B882D76AEB8AD463029AC98AFCAB08A2E13309C313FB06D2567287A2491283AB170B1B1AC2924DB2278A6A6B1112F96AF5F2922B014308E30EAADDB30D1AA7FB152A745B0B8285F28FEAC86AAAB2A32AEA72C30B09D2E62ADB9B05728C5242DB0F93015AC752FD8A9912F74ADDDAF9EB0C7AD2CAE292D78AFABA71CAC46AC8BA53E2EAAACBDB0B42F93AECF2F9BA45AA54E3113281EB16CB14BB12DB0172CB32CDD2D35B1CC2E0431712C76ACE8B098317124E128DA1E992F8FB1B82DB0AF3F316AB0FDA87A2B862B922B4E1F362A9DAF59A14F2A8A309BB077AC96AFD9AD9DAEE8A6172C67A889285AA972B1C125ED1FAFAF72B196293AAA8828F2A892A98AAC70310AB19EA92BAAF7ABBC2D0831AA3081ADF0AC7E2C132EBEB021AD55AD68A4F4AB5FB099A73BA9F32250AC48AD0D3185AABD2E66AFE8AC9B2C782844B0603029AA428329A652307A29452DECA8A431672C962D64A8AFB016300AB198B14C2460A813B05B3090243EAD472F012C6BB07BA7E0B04EAE1428452A60ACF7ABD5B0FFAEC1A1811E5E2E842FF030662830B066AAFAB0F6A2ED2D2E252B2DC730E32DB4A82731462E33B08126752D422B72316DAF5F267C3118AF18AEAB2FB32D7430DCA7B52EDDB086AE412704B03D9A39AC9831C3AAE02B582873318D176D2EADAF15B0DB2D072FBBAD8830762B69AE752DA031CDA96530FCAA4FB178B09CAB5A31C12CE130BC2D26997AAF24B194ABFFAC173177A978A51B28A530A8A4EF2DCEAF64B1F1A62F2D162F202C4A30A7AE1729B53001AFD42F95B05C2FE62DF130E5A4FAA0CCAE3031449EE1A9EA21E22DBDAD81B082A9D52A8E2405AAE3255CA36230A6AE7531E016F22F8E2C41B00F30ECAB9CAFF42C4728B1AD51ADF230A8B17926501B84B0EB2C15B1659DC7A85D2EE2A83CB1E4A2743084AEC4304C2E2AA59D9DAF30DA1924266F23D022E9B089AE3931BD2EB62059316BACD72CECAD60303D2ECD2B6AA1B52F272EDA2D36AC0D1D66A99BAE7E29DE30A92E51AA782EB6A25B3199B1182AFFB0642D103056306CABFA23EC29C2AB4D31BF2F9A2D9CACE92FC3AD9BB016AB2AA4232FAB2C142CDCAA64306631E0B017317028E42B6C2C982E8F19D4A9CDAB43AFF89E5AAEC02E0DB0EB30FFB0B630202555B1C92A49AF7BB0C42070AA9629793030B1A03146AE79A8552FBAACB4AD4BA96C2CD79F2731E22C29B112B02223EF9EE0AA712BC02C91AE84A80D2C1A2C0FA4B02D0B2C4FB168B10F1EBF2B08B0D4AD68B149281A3003319BB05E3088ACFBB0432FC130A5A080AAA7254F2D3B2DB3AD081E3A2A8E26B4282629002A202EBEADAE30D0A99CB0832F32AF97B1AEA3733149B0E82864B0A02CAA2F5DA709B13AB0F3AE3AAC6AADFB2C1A2987B0C2253FB10D3044A24A316B307DAE6130D5B03EB1942FCEAD25B05BAF86AE00B1D025DAB052AA212F5DB0B12F9931E4A674A561B140318830DAA4BD2EFBB0A8AF51319EB1C6A409AE57B16F27EEAC75283AAC842BFB259FB1362FFF2E55B0BF2A5CADC52F71AD192F2DAF18AE9B2C2A2A2BAD29304D28682DB5AE7A297829962E38312C2F8F31F5ACA9B001287C9ABCA68EB04F9E521DEF2E6E2DA627F62FDAA48D3026B1519D11AD422F53AAA6AFA2A7AA069D2F3C2E1EB1C8AC7DADC5A0072D96A62631FD24432E71A98F2E702CB31E099E032D642622AF05AB6CAF67293E307FAE962B5EB0A92C4EB172AC2598ADA75E2E83AC802BF82C2F2A7BB146AE8DA90E9A582CF62FAC28C0AF9FB11131F61007B139AA572CB19D752FC0A7AF254D3106B180249BB0A0AF4CB18E2D71A81C2C1F25622BC1B003AC32AA1CB0D12C6C2E18ACBCAFE4AD46B15DAF3CAA77276EADA2B0B72D86304A2070A601AD612B3A232CADC32FAA2E2E30CE2FB7AE2E312A9B34B12C2F47AF50AD692804304027D6B0B4AF322C34AA2E2AEF305FAFE3B097AB03A39EAB8531C4AE8E2E632C343172B1223035ABF9AB0A1EAC2FCE2D90AE6829629F722B3D889DA93C2DD430062E73ABF1184F2894AECC30F92DE72C3D31F5A5",
      torch_tensor_32_torch.float16_4: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.float16_3: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C",
      torch_tensor_32_torch.float16_2: "0x02000000E7ACE62E02B12BAF17AFF5257224DEB0753189890BAE531CDBAC3E2A182C6BAA4721BB2E5CAF0CA9ADA67CAF5F23A71E92B0A4286631052E23AE2E31C7AFC1AD",
      torch_tensor_32_32_torch.float16: "0x0200000089B0202ECCAE01A5302696AE2A2EF5AF8F29D724272C8DB13A21842D3EAF9929AD11CD30CBA8F214ECAC94A97A2A75B14B301130CB2C3C300BAB27299B20D3AF59AC04AC98A906B1F5AF4CA4E2A623B1D628292EB630C330E8AF40AB5EAD2628102A09299D2EF82D13AEC42FA22FFD25ECB0F0AE4E2AD32B4631C22D1A2C2D9EB72F1EAC9B2C63ADC296B02E312D14A9969848AE3E2D9D2FCA2B79B10DB0932F7BA6F32E2B30A1AAA3AE52B1542CCD2DD8A77EB14AAFE0A02A2D95AB4EAFE0AF1031192C98B0FDAECDB08C2698ACE79029A7F4B00EB163B0BDAC0A2752AD749E6CA52C3128AD513158B0B8B05C2B96AECE2D42AE74307A31CB21D6284631B52EF0B0CB9D1BB1523025A80C95F3AE27AEE025AB30B0AD47241F3112316CA84D311F2C27315F1DCBB029AAC92A092EA3B1663013B1A12E9531932945A83B2EB7AA31B004B0522D5230541F7CB18FB11CA91B2E8AAF192A2FAE9A30EEA9B7A8F6B011B11E2251271D2EF2B0EE278AA6A32E25ADBE2A8F2CAF2DC3AB482B6FA8182AF5AE7FB0A1B01DAFCAACBC26F3A871AE151625ABF92EA9B02DAC45AF9625F02035A19D3151AC81A6D929B9304A302B2548AC6F2B1E2FBA9B362EA13010AE01A918B13229083065A839273B2BB99B663098268FB1ACB09BB1761F1E2EF8A5163112A8A0281A31BA2DC69D7331C2AE372C252F01AF50B13D2B4BACB6AD80281BB0163110A43FABBB304D2A502869AD6431E4AAB430A7A2AD2DF42F36B08AAF98B11430DD3023AC8BAD9327172E9629B7A832AFD73054AF77B184AC8328352C602C8EAE58AC08AD7BADC4B0A22895AA72B19BAECBAEE1ACFEAED9A70E2C94B0C1A383AAC9AD06A9CCACD21D15B04B283231B03013ADF92A59B1C330A3B10EB114B141B12126FCA96A299AA1C79B16ACB6AEBCB0B52DD5AD9AA87F2D9BA9B5A98BAFD7B06E2D1BA91D2FF5215C8B1BB1FE1B1DA975AE3DA9BB2043B08627DF2F78286631482D76B074AC72A9C52A2A9D8D3042252AAF26ACB5B03DAA902DFE1665B1E5B01A2CF7B083B0BFAE64316FAAAAACA4AF3D2F4FA75D286829622A3E2FB220AE24E1A165B02EA9623102B024AF9DB17D214AB1CBAD3631B02C072EC027CFB044AD94B0FFAEB52B47AA873120B0D4B09631E3B0D030182A28B1ED3029AAAAAC6AB0C9B00A298EB1A62C97A9F12B8AA9D32BF29CA72A9AACC8AFC32539AF03AF70B136AB8FAF683014305E299930732D54B187A459A7DFAE722A10AB69AD389886AFAF30292F5B3102A8642B489FAEB01E2DE7AF16AC11AD85B17E1E6A27BBA2293057201FA82CAEB8AE6FA6A4AE77AFFCA5FEA7E8AE9C2ECC30B7AFF52C40ADB3A44831CA2565B13331A99FAAADFAADDA301C1A402E702F64ACAF2351AFB930FCAD842FBC29FB2EF9AFA19DDD2D3A9F3299832D3AB089A8272D8C2D41317AA85C2991AD98A7AEAD313069149A2C392E3728D124A0A2CBB04B2703A9C1B04531D3A4A6AD82B136B14F2C2AADE3AC8CAE913070A9552F7E3063B0383052A86B31C72D7BB13428F42B1BAC4A30AFB02EAB64318631A72DC1AEDEB099B0A8A9692E2A2B7FA5163171304AADE6AC3F98B2282F955E2CCE2F14A88E2D2826582CA82C0CAA0BADD62C3EAFF12D42AFC32F8A2C8BA9782E74ABD228A92A9F248B28309B89AA502E762C382CA32FEBAD42A9299D913081B07DAE64A9D5B078B0C02F39208DB079A7F49D06ACBBB0282E97A5863155B036AEB4A0E1AF1F306030203124AF0630DB2F80ACF724642D0C3049B1A231B0A99C2C07AF5AB0A9AFAB2E95AD942ED72A802C08A928AB4BAD53AE3731EBA0DAAC43B1E01F9DB14398252F84AE372E38AB5AB09AB19F2D54B0862D7B26262E41B0F230A2B14BB0C92E271E5AAEBFA809B1ECB0DBA85130C22A4428FFA92631EF16A42BC11910278C2B5730832ECB25862CCEAABC2F5A2A453011A79EB078289A2C9230632C2E2C8030C7ABFF30CD2D8E2F09309FB0E52D4531F3AFC2A3E8AE77A9BF260D2E92AA5BB11C2E592E1AA8D8305C30FDA8FE1EF9276FA893A91BAD6FAEA62DB8AA6DADFC303C271530283160A6C0263F31C9AFC9AA712624A2062AF32DA8AC0C231E3167AEACAF57B0C32E30B180ADA42FC8AE9A304AAD2927ED25719C0C2FCE3010AF582E0C2ABF9AE9AFB62A1B30DBB039B190B13A2980AA07AB4431C5A92FAF122436AEA1AAFA2D3929C4AF6331A82FB6AFEE2CA62C0FB0F4AFAFB00A2DE227C82CF8AC4130C72584B0B2A9C62DFA28ECA6E8AF0AAFE1307BAE023093AB3D1782B15BABC53014B1B12DC3B09A2621B17AB091B0D9AB292626B0BC29D02E9D300231732FAAAA2CA40131A12D00AA4530F2B0D730552E26B09DB06C309531E6236CAC712E1B2DA6A58730552FA429E02D4CB14DADF624272A30A6462CE52A3AB1232B5CA3C9AF1C1E91A902AE28B1BB30DFAE14268830B4A56AAF79B18527ADAD9A223A2B69AAAC2FE4A584AC7BAFDD2AFFAEC228B6A5C72F8CAD93ADD9A5E9AE502C25ACA42C912E9B2E27A82D2EFEADA3B14FA41AB062B0C029D53074AC1FA119B0E927732AF2A64E308EB012A648AEF830CB30903134317B2C55B0ADAF6D290DB12A2FEB2C6629F0B01D30CAA4BFACE82DA62308AD4C298BAF4231F530382DFC2DA0B14AAE72B1E6ADB1B02A301B2EAA2E06AD50308AA6DDA9172E7E2F11B0633191A4072AA2B10A2599AD15AFB9ACBF9272AA3FAF0D30BB2A44B1BF288F29A71E7F2994A3F32CF7AFD3AC3D3002AF8D2D3C312CB1F5ACD43079A178287126AA2CA9ACE025B52FA3A331B1D22BC7A9C6A8E72DEE27D8AE39ADE1A697A9CAA8BCAF1930DE2D772820294C253B301F29E52638AE8C2B4BB1232BE7B0AFACF92DBDAE813040AE5C31F92A",
      torch_tensor_96_torch.float16: "0x0200000048314B30F3B06FAC022E75AE7128DAAC7E28852D1D2B1C3072A5242E512B22ABFEAF2D31BFAA4330222F4A9FACB0492378ADE3297FAC5C301BB117AA23275124A63026AB84B07E2F532A742FB2AEA5AE92AC6F22AB2B80AE43A4D2A7293115AC7B31F0AEA9AC41B02B30C8AFAF2C28ACA3316226EAB0CA27812579B18B286631832AB493B1A8032A0AAD9231E430492D37AC50B183AE803131B167B186A2332BA1B140B1E01397ABE22F7F2AE9B019B1C52F03A8F3AC212B72A8692DBD29E6AC",
      torch_tensor_96_32_torch.float16: "0x020000006C95122EA8B02AB05CAC112A2C9B7C3004A4FD29D7AA73A867B17EAFAAACB51E792CCA2EACAFEDAC1C2CB330A8A83C304BA7CA241F313FB11FAFBAA969ACE33055AF35ADE7AF4CB19BAEDD300C2D7C2DC320CDADA82748B116B0D5AD232FA22E04AD889E3C2FA0317D2C1D26962FA9AE372863B0D7AFD8AD1F2D8D2CB4AED62A362EB6A5E91E3E29052F6F315CB025AC722CB030EC30FE308128EBB02A2414AF46B107314D30A5B13C28A0A772A72EAD5A2CB3AE262CB92D0D303B2C99B157AFA62DBC286AB084AE5231A02FEFACB2A964B1829A43B05DB0FDA0CB26A2ACB72EE3AE2231C12FC5B0A2A916209A265E29712C6C2185AD5B2D6DB1B5AEAAA983ADEAABA3B0D0A8D6285FAFA5A00D30A7A4081DCFA39428322F5C312F2F5F318CA215B15DADB42FB294A0AD56B04BB1C6B097A8342E1E2E75B10F2F6DB0C9A896AC5CA871A814B1E2B015A7AF1824AD432C17B11CA2FA309DAC1C31192C1BB1282F39A50DAD863092B0DB24BDA80A30512A702DFE2B71A9C2A8A9B0212E7E30BE2FFBAF0920FAAF3AAE98AEBC2BBEAEE69B9D1F4B2F47B0C4AF92AEEB2F11ACC630172CBB25649579A8AE252BA91695C6256DB0EEAD913097B080A29931162C201DE7B09B2D07B06CAA98ABB4A6EC17AA30A6251131EC2E27AF132DFFAFCCACA82A792B3E3049ABA30CD32D78B11730AEB0FD18B2A7F5ADFB25AE309DAAB8AE2FAC9BB11B2D6FAD8DAF85AE812EFE2D57301B2C8FAB53AAAF2AA630272A5AAD51AD59B1E32859AE0BB1F63059AF26A57C2AC41D9DAF93B082305F27B13096ABAA2A2DA906A0E4AEA72B272B789B17A9F9AED32F36B0A32C9CAB75AD1128E1AD3729722833B08927D22C7A2CB2A5A3B0FAA6DC2B21AC4B2C892FE8AD2417AE2C18238F23A72572B01D23D62F1931A62E1026492D81ADB0B0DDB0A5312F2FD2AF6D2C4630A831F230623030A9F1ABA530572ECFAE1631772D2B2E17AF7E2AEFAB6C3012A8682C0528D02CB0AB842DE7AF1C29A8AF95B18BB077301F2E4F3188300DB1B9AF50A759AFDB2F47B085AD77B16CAEA730A2300D305E300831CBA9FA2C0A317C2BA831DE2D082FEBAB6E2D332567A961AE59AE5AB0982F063027A58CAE5F303C2FBA2257AD3331A02C4BB06A314C3020AC5C2E6EAE18A7CE307B1F00B090AB24AA5EA855243B31D920FCAEA4206D2D9D2D2CB10DA834B0D4AC142C04B0352CCD30F0218AAF0EACF12850B09F2D23B170B17FB197A89C2F5BB1B43087ACA12A21201AB1B130172E9F31B72D78AFB930DD205D2D89B082AA8EB168ACE22871B0362B132E4E2692AF63B0FBAAF72C9431812E19A5EF2B8DB1D5B0472D69AE712DFDAF9BADA9B0E72D9CA45B30002F432ED21DFFAAEBA804269C2DEDAFBF30ECA4BDB01FAE01312C313DB1FB2FAC2DB22ECA3019AE252BA12CB0AA932B83AAFF2E47AA38ACB229032C87AD00248F2E81A4E32A75A9EE2B19B0A7AEBEAD333117AAE88F7BADA631863144B096B04AB0FC92C5A968AF0FAC4628E9AD042930A97BAD3826A730A6AF34202CAC8D315EB16CB1933128AF5728D0A3C4A80EA9302F532082B1AEAEB7ABB12D52AF55310AA910A86F30B02DCC308B2EDDAA82AFBCA2AF3098AB3FB1A32C823171AAAFB022B1AC29DAA2B7AD93284C2C80306430C6A6FDB01DB14831002DEF2CE5B03D315C311B31C6B045ACC8AF5B31DCAC2AADED2D3CAD92ADEBA35AA468B0B730FEAC032CEC30B52D6826D03015263CAD5A315B2985B171AAB5AFF63079A728B1B1A11B2FE129282B3424382C83A980AC4AB143B0E72CB3AE7E26392B692256AF693194AEA73080B071A9282E9FACC130C9AFC0B01AAD5127353167AD0C2CACA9E8A8293062B0CF24523138A66430F8AA8E3079B186A6F3A7552B702C5830BEA62E9FBF2F1FAAF63088AFE6A4DDA00C2DBC2F2CA7B0B09B2DC52A8B2CFBAE482F5C31DB2349B1F12F32B0342994264CADE12B0FB127292CAFE5A4D225D23066AD3F2FC0A560ADEDB031B18631A5A98520222AB12FD430963031B040A7B2AE77AE5E294F3188B0D92EDEAD68A87E301EA91F24E9AFD130DAA523B0A02A06B07DB084217C3067AA532DDC30812FEFADF6A41FAB8CB0C9044230C43039242429E6AC4530B5ACDCAFF826C82E1AB11D31122CEDAFE0A8E83057B09DAA6C2BF5B0342EE42D042F37AFA231B5AEA6316EB10AB1F32EBB24392144AEBFAC9EAA83B1B4200028E7884F2B5E31042A24ACA8AC3DAFD8AF4AA701A8082DD6AC8230F0AF1E101631A0318EAE082858254EADD1AB212ADEAF7827E52C75ACB330F5A1222D9A31EBAA262E79AA9CA6ABA7809446AC4E29D21E2C2F94A88A2435ACBDB0942CCA2588ACA7ABEB2917A8652F2021462CEE2C8DA9E52C2D302A206E28941ED52FC7AC04AEEE2CECB0CE1934AD782F44B1DC2E9931942808A29131D6AC41A3F4AC3FA6EB280B2646A8A8B1A2205D9DCF2656308031B6AEA5A188AC37B11EB04F31992E142E4A2E7FB0C124443150AE0831F329F62FD9AC372D04B1BFA18C2BC92ABC308F312531992FF42FD7A564B033AC15A51DAEC92DF12B4D277729F8301F2CF6B01BB0FD2C2B26852DA6B138B1F02E3D2F1EB14B2C6BB049301A2B983194B172B1A62F0631EF2E862FC4B0183057B10E2969AF7EAC022873AC29A75DB155B1622CCAACE2AE77ACA0B086B0C52EC02D07262EAE872B11200BB0DF28273190B1A0B1CC254230E2AEFB28F42FFA2AE628A5315F2F5DAED323C82DFD30A1B1202E92AA8AB1062929AE6A2658AF42B0AEA39AAB9E2ECE236A303E2847ABAA2FF2203F2847AB32115AA8B2A369B07494B2B0DEA88F2EDEAFA0AF86A934AAA9278327BD2DCBAF63A2542EE5309AA28CAE812A712E11AF91AE002D57A258B186AE972CADABCF2F7930952628A32FAB94A01E2852B068A9B5B0F22E34AF2B31D5A97BAE702DBF26D62FB92C73B1282F43A800AD2F2F2030F9B018A4A530622CC430C1AB3EAEDD30B72C6E31BAAC44AF4EA554B16F2C2C306F2979A49C2D2EAF8931A0B16BB159A99F308824582C26B0202C0FA5892CFD2FEB2CB3A393A119AF18AC5A2F89AC072F7CAC45A9B41B31B13B9790A411A486A876302D30ABAF412D70B0D1B0EB2A521947AD75B161AC8F2B3CB17FB1BE2513B0F5B05CAC49A724B18EAFEF2156B15CA64EAFD8AF722C5BB049B0742E3B2827310CAA77AD30A454135030A2B172A2012D3BAEC0AD782D6CB15D2961B0A02DD6B0F52E5BB1C1B056197530D8B00CADF83097A7B02C71B11EABBFADC530B22C21B04C272998A6AC76AE82AB75300EB008B0FBAA4C1A292A6F1D72A9DCAE0FA88EAC923082B137AF9AB023A86930F530EDB0D89FA42EFD2CA230059D9AAF7C2FC2ABDC2D94A9CF2C1731433126B17CAFAEAC37AF6E31FEA381AF09AD40AE9E2CEFB046B194B1DF2C982D07AF9C292D309326CAA8B022DAA4B22DAFAFBD2D602EDBAE9F308E3176AC56AAA32D6FB0792C4729222FEAB0B3B0152D132C44B14FAE2DB10DB01BADAE3081A87F2E5F31282D10B1B12D512C623095B1F52EA13043B1BC24D4301DB06D2B002DEE29A031A230DA30A4A5BF3046B11BAED7A8B9AA3A31562D492FB22F3AB03EA59C26E329D12D80ACD3AABC3013AADCAFAC2FA92F18AB86A82DB0B9B0412CD5AC813088B041A6D11BD12D9430A92FFB2C31AD0AB010B17D207D314CA89F9F1CB0F22A2C2F94B1F7AF31305B29A5A10B28E1A6E8AF49B1712F62A534ACD7A92CAEB4AADBB03C309F2CB5ADB9AB132D31ACF7293B2A1FAFAB298A21F13018ACD1A9E0309FB08A22733113AD6C310531433151A41E31EEACBFAB472CC8283D2E603115AF012E922BF82D5D2D3BAC79B0873074AE3C2F64B1D4A7AD17D5275123212B0AA58B29993152AFF1A052ACF730D830F09CD8ABFEAE0C303CA25431742EF43079305AAFA02AB1ACAD2D12A4D623D3AF0EB1432C4229DD23AF2FB9AC042C3BAEB0282AA9EC2FF230EA301220AC2EA7B1A3AE0B280A1471B002AD49AD9BB15124B62F982C60AD32B190B0B71AC82F95AC28AE09AED6A35FB1FEB0923165AD15A80EAAF8B0FAA7ED2A98ACB79FED92A2B11C309230B72F6EABEA2D4DB199A99AA8FEABC02C28AD3FA589AA50B179A7CBB0992E0C2E4D3199AB9A206F28A6312F31DBADD0B019B173ADC230992B75313130401903AF86318A30E62C2EAE75301E247B2FB92C022EF7B046AEC92EB7A8ECB02531D49B90306CB0CA2B43ACC3ACB8A830AC332E4DA84A302A29FEA689AE2EB19AAA3DB131A8EB19D5A18FADDA2F5F2E93A978AC1D2FEC302EB1E4A833A419ACD430AFA6CC302913E9A499AE86AB4B2B012D719E6431D5AF562C1831DEA77E30F8193CB035AE362CE5AC71299131B02B3CA4A82985AEC1B041B0BFB0A5286828CFAC89B1212E6BAE8EA7BEB062AEB82C45B174AE3E30CDADB5AC5AAAD62C6CAF8A249F2C92A2172851B01D2D3A2CADA5ADB0862C622FEAA7552D322C86AC49A2A231D61281B09AA2A12D63ABEDADA930FC2DB0A7A020C9A441296F1ED9AE3128BC1CDA2150ACCC2993B0C42A212EFBA465B044911D0CE4B000B03B313B30452ED62F5B2C5E2E7E2F49A9C1A509302C845DAF63B0542EB03065308827CF2F32B113B071B18F308D9636ADA82B3CAC42AF5D2C25280DB074AF4E2D4D305E23AFAD772DE527F4B055AFF428002F45AB782D02AF6A3108303D28092DE12BADAE5096092A1BA96D315DAC0DB163AD40B1A93014ADF6AFE4A4A0AFE9ADC52D3FB0562D20307F8E062D56AE69307F31612928319EB1F8A47F28EBB0812D50AC18AC7DB0A02C1EB0CDA8072D43301E2938ACECAC5A2E3328C330432C8F308FB08C3033AD0FAA55143EA87A280A31C3AEFE2A8CB01B27A930A12FD830202E7DA3E829BAACCD30AA2D24B0E4305F9906A031AAF8A9882086AD43B1D4AD81A846302930C7AEF39E88AA0DAEF5A7DAAB532E9CADF62662AE10AB74308EAD71A16731BF2BC2ADCBAEEFAB16ABED2C08A9C53035AE13AB1E2C853069313E27A11F12AD642E8FAEF3A9BAB070B1532E262282308030F02D872CDFA9022E712DD52B3A9DC2266D121BB0412929B07D2DBEAE64AB5EAD7730F8AFC72DAD2D0030AB292B2E79307528B22B6CB012AA1A247C25FFAB9CB1E2A9552CDF301CB1672D5EB169B116AFFAA5522A4DB05C301E3192219B301FAD7AACD7A5F224E4AF88B0782C862A89319DACFE2B91AC962D04A13230492EB530D02DCD1EE030A5AE56318731673149ADFFADBA210C2BAD2D9A2CD130ABA96CAB962B4E2A99AE61244CB0A3AA71ACF53018B1AEAE89B1B5295BB0522BDCAF3FAFC8ADCB2633314D31D7A28AB17AAB50ACD0A8532CB22D042D772A95ACAE97C225C7AD0CA4A6A558B1AB2F93A4E4B07A3016AE012C9C313120832A7F2C4730F1AA5EAE15A36D30C823DC2F6295F12A4B1EEA1C62B1F2B08623992D9A2FDB1FC52CBB2CE2B0F9B063B0391A27AF3EABC5A66A2C3F293F311A3138AF90907927F03003AB72AC2BAF2B3069AA3DACA72F3531A19FFAAF9C30BDAB37ADF4AF71AD6EB088AE27B190A88D2C4BB00B8C2CAC792DE63000A6B2AD59B0A6AE882A3129182EB9A6D02D0AB1152A7E3199B1E0AD3E2F13A708AEE72E1122171FDFAA4330472E0E28E826DA2D0C2FA4ACF5A4F82C7BAD4A31C0AF382D10B0442BE72F752589A4322F10B0A2AFD2B0F7AEB31C21AD0B291C1EB530E8AC31AA7C2FB9A96A317EACEE975CA9472D562C06AE742FC0A1B9A94E9BE02F8D31812DEB27622FBBACEAAD89AA53AFDD2C4C24BEAB98A42E9BDA300D315BB0252C5E2C532C2BA6A929B22981316CB14BAC9DAF7DAD7128E62E47B05C2FBA3094ADE627CFADD9283FAD68AC93AFB8B08430B7A5069DA1ADE32F7AAE93AC6AB0C2B006315EB03FA68DAA252C0D2A56B01531A3B17A2490A33EA9B62FC730E525FEAB35301C2F102830AAA21F0B31E82476A8CAB010AE1630609E07A2682C72AF1DA25DAAEB2D9B301B2F38300EB104AC5C25CEB0232A6AAFD92C9430D7B0BD30472D77AF6A31E6B09EAFA1AD95A01028A4AA5DB139A54B305B30AA2D92269F295CB0952CA1B1ACACF2A92730479D27ADE827B2B0FEA9442AFFA1C1A4EA2E4CB0B6AD7A31812854A7DC2DCE2E90A7B6AC66A71C2CC7A5962E9DB08DAD5030F0258E28712B59A986AC7E2AFFA9ACACFB25792916A4A7AFD8A669AEF42D7FAF8330822CD8B0333098B143A110AFDEB07C247CAD173072B0B230D32EF430A0AAEFAE84AFB430A1AD92A5FAA6C927A4B0903030B090316DAC0DAD38A6B22A31A8A5B1F52F9A31B52D89312B2A18A381B0F2B0CAAFBEA9972EABAC089F1C9965AFE69C763185304F3077A46C1A2F2E87AB96ACD7302B21A4AFC43083270E2EEAB03328EC2E87A66EAE8730432D722A5A29FE1B7D2EF2A8A9AE522C092A4F2C07A501A632A3F72957B046B13C2C32AE9DA3462A59264B2FEF259A290DA4AE26262CB82F5CB1B6AC13B183ACE62E5CB112B18D2EAEAE22300D2BAE297E303DB12430572B95AF81294EAA8BACE7A456ADF230DE30D4A404B189A1FB21902FD31D962A012A6BAE05AF0EB1B095022B70A27E3151A862AF8B275FAA34A67B31329DF1300B2635AC263072AEFD1D1629142D38B17120DCA9562F9D2B892CCD2E11A9CDA18A308FB0D2AF9F227BAC2F21FF303FA5D3B025AD3231F9A8F6AC182D9A25FDB0B6305F2EEB30F32CA1AB63AB7C2D63A870287BB198AD342C76A070ADEFB0312F8DA88FB17531812DC4AE21B077310C12CEAE832EB7A83322E5ADCBB084AFF8A418B09331D61755AC792C04B1C9AD402CCEB0A42D9C23B7B09DB1272B592D86A801B185AECF24961ECB290028BFA0F82D7D31B6302431A3ABB9AB01A5B02A942C09A44FAF45B0723115AA1EA6EFAE9CADF828C42C79AC2AAC7B30D4AD38B00FA76231EC284126A3A5122F9CADAC2F582908253B26FAAE3430F12D6DB044B1D3A9842F92AD3E31B0AD1CB1FA2CD6AE22A70FAB31A3EEB030B1DD2C21A5D3AE9D9C2AB1022A5F2D7C319CB07DA5242E2F3106B0CF2CAC2CD22ECDAF0930EEACF7AE7E28CB307EAF0A2E2FA5392B6A30252AB2B0D0AA7E28C6B0862713AE7FA80C2C8EB043AF292D98B1C92F5DB0D499A528772C06AF1726DF2CDA3042B0A0AD972AD09DA3AFC3B006B1EBAFD1ACDBAFF6B01123A32E56AD862477984A2DD9AF4C2048310A309BB1D0A6C01679AB6FAFDFAF852F53ABD3A1A42AF2AE0924BB2E9DAE952A2F9E382E852F012A781DDFB0812CE62E1CAC9EB1963050A987285CAA372F8431182F33ABEE2F852D6A248EB0DCAC99B1912F9731972E3B2B59297231BCAD99AB14B17BA43522322ADFAF3DA5A9B09AB0E62586B1062A36B1DFAFB2A866B19230A330E9ADBD28CA2D312B10A656B11D30F6B031A89D2174AB23ACE4B0FD2023A5EF3073AB5F30492015AD62A923A5801775A7B72AA9301D27192CFD2EE128372DEF2D4B312AB1BE2B1AA010A85DACCD2E2D319EB01D2ECD2FE92744185A305E1DA5A9AFA2422BAA29E2A0252B182A95B0A329EC2E312521A45530F1B02AAD1DADE33079B17D247BB1F49D382C4BA97E319C10C5ADD629E22DC18DD73029AFD42C6D2E9F2D4084762A70B070B0A0A1ACA533301C30AC2F2FAD71B04EB1182C19B1A6B1B8ADC7B075AC1FAFCEAD613144A8B130041CD2A5A0AA0BB08CB0D52FF9AA84B13131B71A92AF72B0C0B0F6B01E31CD2F6723D2B0EBA950B1CC2B02AAD8A80FAB4E2D202EF528ABA579A4539A36B08531E1AC952E58AEDC14BF2B32B1312D54B051267DA87C2E7F3119292B9D9BAD382C72ADAC2CE7ACAD2F5730F02E41173F2D28B19630E1A9202CAAA799AB50AD4C2F28AEFBA7B52D9024C2B0A0B180AD383106B03C2E0D30B1ACFFAC12B00F2754A66620E82CC02C24AB37226029B51B872895ACA330A4A4CAA514B11AB0A21D00A7B0ADEC2D0DA4F52BC43034AD91AD8CA8AAA3A9AD6FA9389D132D3C313030CA24B4A1CC29649FF0A5C82B9AB0D0B0DE11DCAA99AD44B1942F369F14AE9CACF3291AB0D0217798B52B7D2C64AFE32C4630D421C42D49AC7F289D2A3AADFC2E59B140ACA8AEB7AEDBAE55B1C4277AA8C3B0C4848AA7AB2C6EB05EAAA828CC2CD922222AA831D7ABB62FDF3001B17929692E0FA73E2E281E4E30CC1B3EAF4C30BB2AD0309E29022E0E2F9F2743A9AC28E3AF2F1E46ABB9217BB0EA2E38B1D82C732F2FB11C3135B071A8DD2D2DAB0B31FEAC0FA665AF40AD85314130AA227123CDB04530C9A6B8AC80B0A7305D2DD12EB024ADAFA22C3825982BA2A957ADA530962B97AC0B24EBA8BDA3582E81B01F319D2FFA08A1AC9D287DAF592FFCAD532891B16B2DA92F3F306323AE2EB72B962F622EF3B0C524B7AB67ADEB2F7AA60827202F9E2F0A2EE7A70BB16EB11D2B4C9826AFF12C22318B2E62A61D2637AF572D62B0D02F2BAD7DACBDB079A961A437AD07307E2EFEB087A49C2B753169A9F22E12A157ACEC2E0AB1BD30A6312EAA782CA431D22A6D2C282CA1AC862908AED530D9AC2C298EAAA82DF819392E21AAA4AE562C5EAEA5B05F2CCEAE41ACA6A96D22D6AB12ACB0A9EE2FC62A72ADD2AF321C402B939B9F2EC230A22A762B902EC0AB042893306BAD0B236CAC5AB0FE2D85301DAE3D2CF02A6B2C3A2E",
      torch_tensor_32_torch.float16_1: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.float16: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C"
    }
  }
#-}
