// RUN: mlc-opt %s --row-kernel | FileCheck %s
// A row of one element updated in place (mean's divide after the sum): every thread loads
// the element, then a barrier, then every thread stores the (same) new value; without the
// barrier a warp that ran ahead would divide a value already divided.

// CHECK-LABEL: func.func private @mean
// CHECK: memref.store %{{.*}}, %[[OUT:arg[0-9]+]][] : memref<f32>
// CHECK: gpu.barrier
// CHECK: %[[SUM:.*]] = memref.load %[[OUT]][] : memref<f32>
// CHECK-NEXT: %[[MEAN:.*]] = arith.divf %[[SUM]]
// CHECK-NEXT: gpu.barrier
// CHECK-NEXT: memref.store %[[MEAN]], %[[OUT]][] : memref<f32>
func.func private @mean(%x: memref<4096xf32>, %out: memref<f32>) attributes {mlc.kernel = "mean", mlc.rows = {dims = 0 : i64, threads = 256 : i64, rows_per_block = 1 : i64}} {
  %n = arith.constant 4096.0 : f32
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} ins(%x : memref<4096xf32>) outs(%out : memref<f32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  }
  linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>], iterator_types = []} ins(%out : memref<f32>) outs(%out : memref<f32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.divf %a, %n : f32
    linalg.yield %r : f32
  }
  return
}
