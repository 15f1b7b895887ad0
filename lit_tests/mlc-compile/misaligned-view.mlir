// RUN: not mlc-compile --target cuda %s --from-stage bufferize -o %t.mlc 2>&1 | FileCheck %s

// Kernels use 128-bit accesses, so every buffer they get must be 16-byte aligned: a view
// that shifts a buffer by 4 bytes is refused where it is made.

// CHECK: mlc-compile: {{.*}}misaligned-view.mlir:[[# @LINE + 4]]:8: error: memref.view shifting a buffer by 4 bytes: kernels need buffers aligned to 16 bytes
func.func @main(%x: memref<4xf32>) -> memref<4xf32> {
  %raw = memref.alloc() : memref<64xi8>
  %c4 = arith.constant 4 : index
  %v = memref.view %raw[%c4][] : memref<64xi8> to memref<4xf32>
  linalg.copy ins(%x : memref<4xf32>) outs(%v : memref<4xf32>)
  return %v : memref<4xf32>
}
