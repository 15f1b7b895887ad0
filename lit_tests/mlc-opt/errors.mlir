// RUN: not mlc-opt %s --canonicalise 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not mlc-opt %s --load-pass-plugin %test_plugin --test-count-ops=scale=x 2>&1 | FileCheck %s --check-prefix=VALUE
// RUN: not mlc-opt %s --load-pass-plugin %test_plugin --pass-pipeline='builtin.module(test-fail-on{name=f})' 2>&1 | FileCheck %s --check-prefix=FAIL
// RUN: not mlc-opt %s --finalize-memref-to-llvm 2>&1 | FileCheck %s --check-prefix=ICE

// UNKNOWN: mlc-opt: error: unknown pass 'canonicalise'
// UNKNOWN-NEXT: note: did you mean 'canonicalize'

// VALUE: option scale expects an integer, got 'x'

// FAIL: errors.mlir:[[# @LINE + 6]]:1: error: refusing to process @f
// FAIL: reproduce with:
// FAIL-NEXT: mlc-opt {{.*}}input.mlir '--pass-pipeline=builtin.module(test-fail-on{name=f})'

// ICE: mlc-opt: internal compiler error: assertion failed in MemRefToLLVM.cpp:{{[0-9]+}}: integralElementType.getWidth() >= 8
// ICE: while running pass 'finalize-memref-to-llvm' (step 1)
func.func @f(%m: memref<4xi1>, %i: index) -> i1 {
  %v = memref.load %m[%i] : memref<4xi1>
  return %v : i1
}
