// RUN: mlc-opt %s --canonicalize | FileCheck %s
// RUN: mlc-opt %s --pass-pipeline='builtin.module(func.func(canonicalize))' | FileCheck %s
// RUN: mlc-opt %s -canonicalize -cse | FileCheck %s

// CHECK-LABEL: func.func @add_zero
// CHECK-SAME: (%[[A:.*]]: i32)
// CHECK-NEXT: return %[[A]] : i32
func.func @add_zero(%a: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %b = arith.addi %a, %c0 : i32
  return %b : i32
}
