// RUN: mlc-opt %s --lift-llvm-to-core=keep-original=false | FileCheck %s

// `or disjoint` (clang -O2 writes `2 * i + 1` of an unrolled loop so) is an
// addition that cannot wrap, also while the module does not verify (the
// `llvm.call` of an already lifted function) and prints its ops in the generic
// form; a plain `or` stays one.
// CHECK-LABEL: func.func @odd_lanes(
// CHECK:         %[[I:.*]] = arith.muli %{{.*}}, %{{.*}} overflow<nsw, nuw> : i64
// CHECK:         arith.addi %[[I]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK:         arith.ori %{{.*}}, %{{.*}} : i64
// CHECK-NOT:     arith.ori
llvm.func @odd_lanes(%p: !llvm.ptr, %n: i64, %m: i64) {
  %z = llvm.mlir.constant(0 : i64) : i64
  %one = llvm.mlir.constant(1 : i64) : i64
  %two = llvm.mlir.constant(2 : i64) : i64
  %zero = llvm.mlir.constant(0.0 : f64) : f64
  llvm.br ^loop(%z : i64)
^loop(%i: i64):
  %e = llvm.mul %i, %two overflow<nsw, nuw> : i64
  %o = llvm.or disjoint %e, %one : i64
  %q = llvm.getelementptr inbounds %p[%o] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  llvm.store %zero, %q : f64, !llvm.ptr
  %b = llvm.or %o, %m : i64
  %r = llvm.getelementptr inbounds %p[%b] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  llvm.store %zero, %r : f64, !llvm.ptr
  %next = llvm.add %i, %one overflow<nsw, nuw> : i64
  %done = llvm.icmp "eq" %next, %n : i64
  llvm.cond_br %done, ^exit, ^loop(%next : i64)
^exit:
  llvm.return
}

llvm.func @caller(%p: !llvm.ptr, %n: i64, %m: i64) {
  llvm.call @odd_lanes(%p, %n, %m) : (!llvm.ptr, i64, i64) -> ()
  llvm.return
}
