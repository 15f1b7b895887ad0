// RUN: mlc-opt %s --verify-diagnostics --load-pass-plugin %test_plugin --pass-pipeline='builtin.module(func.func(test-count-ops{verbose}),canonicalize,test-count-ops{prefix=after})'
// RUN: mlc-opt %s --load-pass-plugin %test_plugin --test-count-ops --canonicalize 2>&1 >/dev/null | FileCheck %s --check-prefix=STDERR

// STDERR: remarks.mlir:[[# @LINE + 3]]:1: remark: ops=3
// expected-remark@+2 {{ops=3 @f}}
// expected-remark@+1 {{after=1}}
func.func @f(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %b = arith.addi %a, %c0 : i32
  return %b : i32
}
