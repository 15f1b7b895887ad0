// RUN: mlc-opt %s --split-input-file --tensorize-gemm | FileCheck %s
// Layouts and edges: what each operand's staging and predication become.

// CHECK-LABEL: func.func private @edges
// Partial tiles: the copies read only what lies inside A and B (source size clamped to 0..8
// elements, addresses clamped into the operand) and zero-fill the rest; stores are guarded.
// CHECK: arith.maxsi
// CHECK: arith.minsi
// CHECK: nvgpu.device_async_copy %arg0[{{.*}}], %{{.*}}[{{.*}}], 8, %{{.*}} {bypassL1} : memref<100x40xf16>
// CHECK: scf.for
// CHECK: scf.if %{{.*}} {
// CHECK-NEXT: %[[PAIR:.*]] = vector.extract %{{.*}}[0] : vector<2xf32> from vector<2x2xf32>
// CHECK-NEXT: vector.store %[[PAIR]], %arg2[{{.*}}] {alignment = 8 : i64} : memref<100x72xf32>, vector<2xf32>
func.func private @edges(%A: memref<100x40xf16>, %B: memref<40x72xf16>, %C: memref<100x72xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<100x40xf16>, memref<40x72xf16>) outs(%C : memref<100x72xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @transposed_b
// B is n x k (a linear layer's weight): staged k-contiguous, read by ldmatrix without .trans.
// CHECK: %[[SB:.*]] = memref.get_global @transposed_b_smem_b : memref<3x128x32xf16
// CHECK: nvgpu.ldmatrix %[[SB]][{{.*}}] {numTiles = 4 : i32, transpose = false}
func.func private @transposed_b(%A: memref<128x64xf16>, %B: memref<128x64xf16>, %C: memref<128x128xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d1, d2)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<128x64xf16>, memref<128x64xf16>) outs(%C : memref<128x128xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @transposed_a
// A is k x m: staged m-contiguous, read by ldmatrix.trans.
// CHECK: %[[SA:.*]] = memref.get_global @transposed_a_smem_a : memref<3x32x128xf16
// CHECK: nvgpu.ldmatrix %[[SA]][{{.*}}] {numTiles = 4 : i32, transpose = true}
func.func private @transposed_a(%A: memref<64x128xf16>, %B: memref<64x128xf16>, %C: memref<128x128xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d2, d0)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<64x128xf16>, memref<64x128xf16>) outs(%C : memref<128x128xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @batched
// A batch loop goes to blockIdx.z; bf16 uses the same fragments.
// CHECK: nvgpu.mma.sync({{.*}}) {mmaShape = [16, 8, 16]} : (vector<4x2xbf16>, vector<2x2xbf16>, vector<2x2xf32>)
// CHECK: {mapping = [#gpu.loop_dim_map<processor = block_z, {{.*}}>, #gpu.loop_dim_map<processor = block_y, {{.*}}>, #gpu.loop_dim_map<processor = block_x
func.func private @batched(%A: memref<3x64x32xbf16>, %B: memref<3x32x64xbf16>, %C: memref<3x64x64xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d3, d2)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%A, %B : memref<3x64x32xbf16>, memref<3x32x64xbf16>) outs(%C : memref<3x64x64xf32>) {
  ^bb0(%x: bf16, %y: bf16, %acc: f32):
    %xe = arith.extf %x : bf16 to f32
    %ye = arith.extf %y : bf16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// CHECK-LABEL: func.func private @unaligned_rows
// Rows of 37 f16 are not 4-byte aligned: A is copied with plain loads and stores (zero outside),
// B (64-element rows) with cp.async.
// CHECK: %[[SA:.*]] = memref.get_global @unaligned_rows_smem_a
// CHECK: %[[V:.*]] = memref.load %arg0[
// CHECK: %[[Z:.*]] = arith.select %{{.*}}, %[[V]], %{{.*}} : f16
// CHECK: memref.store %[[Z]], %[[SA]][
// CHECK-NOT: nvgpu.device_async_copy %arg0
// CHECK: nvgpu.device_async_copy %arg1
func.func private @unaligned_rows(%A: memref<64x37xf16>, %B: memref<37x64xf16>, %C: memref<64x64xf32>) attributes {mlc.kernel = "linalg.matmul"} {
  linalg.generic {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"]} ins(%A, %B : memref<64x37xf16>, memref<37x64xf16>) outs(%C : memref<64x64xf32>) {
  ^bb0(%x: f16, %y: f16, %acc: f32):
    %xe = arith.extf %x : f16 to f32
    %ye = arith.extf %y : f16 to f32
    %p = arith.mulf %xe, %ye : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  }
  return
}
