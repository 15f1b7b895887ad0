// RUN: mlc-opt %s --split-input-file --canonicalize | FileCheck %s

// CHECK-LABEL: func.func @first
// CHECK: // -----
// CHECK-LABEL: func.func @second
// CHECK-NOT: arith.muli
func.func @first() {
  return
}

// -----

func.func @second(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %y = arith.muli %x, %c1 : i32
  return %y : i32
}
