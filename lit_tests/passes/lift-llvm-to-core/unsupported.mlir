// RUN: mlc-opt %s --lift-llvm-to-core --verify-diagnostics | FileCheck %s

// A variadic function stays an llvm.func, with a remark.
// CHECK: llvm.func @sum(
// expected-remark@+1 {{@sum not raised: it is variadic}}
llvm.func @sum(%n: i32, ...) {
  %z = llvm.mlir.constant(0 : i32) : i32
  %one = llvm.mlir.constant(1 : i32) : i32
  llvm.br ^loop(%z : i32)
^loop(%i: i32):
  %next = llvm.add %i, %one : i32
  %done = llvm.icmp "eq" %next, %n : i32
  llvm.cond_br %done, ^exit, ^loop(%next : i32)
^exit:
  llvm.return
}
