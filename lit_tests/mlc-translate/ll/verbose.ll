; --verbose reports loops, arrays with their strides in elements, and the kernel.
; RUN: mlc-translate %examples/kernels/O1/strided_access.ll --verbose -o /dev/null 2>&1 | FileCheck %s

; CHECK:      @strided_access: raised to linalg
; CHECK-NEXT:   loops:
; CHECK-NEXT:     for i0 in [0, 70): trip count 70
; CHECK-NEXT:       for i1 in [0, arg0): trip count arg0
; CHECK-NEXT:   arrays (pointer arguments viewed as memrefs; strides in elements):
; CHECK-NEXT:     arg1: memref<?x70xf64>, strides [70, 1]
; CHECK-NEXT:       load arg1[i1, i0]  stride in elements per loop: i0: 1; i1: 70
; CHECK:        kernel: linalg.fill, linalg.generic
; CHECK:        assumes: argument 1 and argument 2 do not overlap (noalias)
