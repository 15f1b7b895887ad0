// RUN: mlc-opt %s --lower-ptr-views | FileCheck %s
// RUN: mlc-opt %s --lower-ptr-views --finalize-memref-to-llvm --convert-func-to-llvm --reconcile-unrealized-casts | FileCheck %s --check-prefix=LLVM

// CHECK-LABEL: func.func @view(
// CHECK-SAME:    %[[P:.*]]: !llvm.ptr
// CHECK:         %[[D0:.*]] = llvm.mlir.undef : !llvm.struct<(ptr, ptr, i64)>
// CHECK:         %[[D1:.*]] = llvm.insertvalue %[[P]], %[[D0]][0]
// CHECK:         %[[D2:.*]] = llvm.insertvalue %[[P]], %[[D1]][1]
// CHECK:         %[[D3:.*]] = llvm.insertvalue %{{.*}}, %[[D2]][2]
// CHECK:         builtin.unrealized_conversion_cast %[[D3]] : !llvm.struct<(ptr, ptr, i64)> to memref<f64>
// CHECK-NOT:     mlc_ptr.to_memref
// LLVM-LABEL: llvm.func @view(
// LLVM-NOT:     unrealized_conversion_cast
// LLVM:         llvm.load
func.func @view(%p: !llvm.ptr, %i: index) -> f64 {
  %m = "mlc_ptr.to_memref"(%p) : (!llvm.ptr) -> memref<f64>
  %v = memref.reinterpret_cast %m to offset: [0], sizes: [4, 70], strides: [70, 1] : memref<f64> to memref<4x70xf64>
  %x = memref.load %v[%i, %i] : memref<4x70xf64>
  return %x : f64
}
