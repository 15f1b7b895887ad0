// RUN: mlc-opt %s --lift-llvm-to-core=keep-original=false | FileCheck %s

// An i1 constant is imported as `llvm.mlir.constant(true)`, a bool attribute (clang -O2
// selects it in the run-time checks of vectorized loops); it becomes an arith constant
// like any other integer, or finalize-llvm-raising would find an llvm op left over.
// CHECK-LABEL: func.func @pick(
// CHECK:         %[[T:.*]] = arith.constant true
// CHECK:         arith.select %{{.*}}, %[[T]], %{{.*}} : i1
// CHECK-NOT:     llvm.mlir.constant
llvm.func @pick(%c: i1, %p: !llvm.ptr, %n: i64) {
  %t = llvm.mlir.constant(true) : i1
  %z = llvm.mlir.constant(0 : i64) : i64
  %one = llvm.mlir.constant(1 : i64) : i64
  llvm.br ^loop(%z : i64)
^loop(%i: i64):
  %q = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, i8
  %d = llvm.load %q : !llvm.ptr -> i1
  %r = llvm.select %c, %t, %d : i1, i1
  llvm.store %r, %q : i1, !llvm.ptr
  %next = llvm.add %i, %one : i64
  %done = llvm.icmp "eq" %next, %n : i64
  llvm.cond_br %done, ^exit, ^loop(%next : i64)
^exit:
  llvm.return
}
