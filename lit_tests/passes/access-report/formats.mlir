// RUN: mlc-opt %s --access-report -o /dev/null 2>&1 | FileCheck %s --check-prefix=TEXT
// RUN: mlc-opt %s --access-report=json -o /dev/null 2>&1 | FileCheck %s --check-prefix=JSON
// RUN: mlc-opt %s '--access-report=format=json output=%t.json' -o /dev/null && FileCheck %s --check-prefix=JSON < %t.json
// RUN: mlc-opt %s --access-report=text | FileCheck %s --check-prefix=IR
// RUN: not mlc-opt %s --access-report=xml 2>&1 | FileCheck %s --check-prefix=BADFORMAT
// RUN: not mlc-opt %s '--access-report=format=text output=%t.missing/r.txt' 2>&1 | FileCheck %s --check-prefix=BADFILE

// TEXT: kernel @gather (loops): unknown sectors/request (ideal unknown; ld unknown, st 4), 80.0 KiB moved  [{{.*}}formats.mlir:{{[0-9]+}}:3]
// TEXT-NEXT: formats.mlir:{{[0-9]+}}:10: load %arg0: 12 sectors/request with threadIdx.x = %arg4 (ideal 4, exact); strides: %arg4=3; stride 3 elements along %arg4
// TEXT-NEXT: requests 128, sectors 1536, 16.0 KiB
// TEXT: load %arg1: 8 sectors/request with threadIdx.x = %arg4 (ideal 8, exact); strides: %arg4=1
// TEXT: load %arg0: unknown sectors/request with threadIdx.x = %arg4 (ideal 4, unknown); strides: %arg4=non-affine; index is not affine: value of 'memref.load'

// JSON: "kernels": [
// JSON: "name": "@gather"
// JSON: "level": "loops"
// JSON: "strides": {
// JSON-NEXT: "%arg4": 3
// JSON: "sectors_per_request": 12.0
// JSON: "status": "unknown"
// JSON: "reason": "index is not affine: value of 'memref.load'"

// IR: func.func @gather

// BADFORMAT: pass 'access-report': option format must be one of text, json, remarks; got 'xml'
// BADFILE: error: access-report: cannot write '{{.*}}r.txt'

func.func @gather(%x: memref<12288xf32>, %idx: memref<4096xindex>, %y: memref<4096xf32>, %z: memref<4096xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 4096 : index
  %c3 = arith.constant 3 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    %k = arith.muli %i, %c3 : index
    %v = memref.load %x[%k] : memref<12288xf32>
    %j = memref.load %idx[%i] : memref<4096xindex>
    %w = memref.load %x[%j] : memref<12288xf32>
    %s = arith.addf %v, %w : f32
    memref.store %s, %y[%i] : memref<4096xf32>
    scf.reduce
  }
  return
}
