// RUN: mlc-opt %s --finalize-llvm-raising --verify-diagnostics | FileCheck %s

// Not raised all the way (a loop is still scf.while): the original comes back,
// with its own name, linkage and dso_local.
// CHECK-NOT:   func.func @f(
// CHECK-LABEL: llvm.func @f(
// CHECK-NOT:     mlc.orig
// expected-remark@+1 {{@f stays in the llvm dialect: 'scf.while' could not be raised}}
func.func @f(%n: i32) {
  %r = scf.while (%i = %n) : (i32) -> i32 {
    %c = arith.cmpi sgt, %i, %n : i32
    scf.condition(%c) %i : i32
  } do {
  ^bb0(%i: i32):
    scf.yield %i : i32
  }
  return
}
llvm.func internal @f.mlc.orig(%n: i32) attributes {mlc.linkage = #llvm.linkage<external>} {
  llvm.return
}

// Raised: the unused original goes.
// CHECK-LABEL: func.func @g(
// CHECK-NOT:   @g.mlc.orig
func.func @g(%a: memref<?xf64>) {
  return
}
llvm.func internal @g.mlc.orig(%a: !llvm.ptr) {
  llvm.return
}
