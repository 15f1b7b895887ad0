// RUN: mlc-opt %s --lift-llvm-to-core | FileCheck %s
// RUN: mlc-opt %s --lift-llvm-to-core=keep-original=false | FileCheck %s --check-prefix=NOCOPY

// A rotated loop as clang emits it: y[i] = fmuladd(a, x[i], y[i]).
// CHECK-LABEL: func.func @axpy(
// CHECK-SAME:    %[[N:.*]]: i32, %[[A:.*]]: f64, %[[X:.*]]: !llvm.ptr {llvm.noalias}, %[[Y:.*]]: !llvm.ptr)
// CHECK:         %[[C:.*]] = arith.cmpi sgt, %[[N]]
// CHECK:         cf.cond_br %[[C]]
// CHECK:         %[[WIDE:.*]] = arith.extsi %[[N]] : i32 to i64
// CHECK:       ^bb{{.*}}(%[[I:.*]]: i64):
// CHECK:         %[[P:.*]] = llvm.getelementptr %[[X]][%[[I]]]
// CHECK:         %[[V:.*]] = llvm.load %[[P]]
// CHECK:         %[[M:.*]] = arith.mulf %[[A]], %[[V]] : f64
// CHECK:         arith.addf %[[M]], %{{.*}} : f64
// CHECK:         %[[NEXT:.*]] = arith.addi %[[I]], %{{.*}} overflow<nsw, nuw> : i64
// CHECK:         arith.cmpi eq, %[[NEXT]], %[[WIDE]] : i64
// CHECK:         return
// CHECK-LABEL: llvm.func internal @axpy.mlc.orig(
// CHECK:         llvm.intr.fmuladd
// NOCOPY-NOT:  mlc.orig
llvm.func @axpy(%n: i32, %a: f64, %x: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr) {
  %c0 = llvm.mlir.constant(0 : i32) : i32
  %z = llvm.mlir.constant(0 : i64) : i64
  %one = llvm.mlir.constant(1 : i64) : i64
  %c = llvm.icmp "sgt" %n, %c0 : i32
  llvm.cond_br %c, ^pre, ^exit
^pre:
  %wide = llvm.zext nneg %n : i32 to i64
  llvm.br ^loop(%z : i64)
^loop(%i: i64):
  %px = llvm.getelementptr %x[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  %vx = llvm.load %px : !llvm.ptr -> f64
  %py = llvm.getelementptr %y[%i] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  %vy = llvm.load %py : !llvm.ptr -> f64
  %r = llvm.intr.fmuladd(%a, %vx, %vy) : (f64, f64, f64) -> f64
  llvm.store %r, %py : f64, !llvm.ptr
  %next = llvm.add %i, %one overflow<nsw, nuw> : i64
  %done = llvm.icmp "eq" %next, %wide : i64
  llvm.cond_br %done, ^exit, ^loop(%next : i64)
^exit:
  llvm.return
}

// Functions without loops are left alone.
// CHECK-LABEL: llvm.func @straight(
llvm.func @straight(%p: !llvm.ptr) {
  llvm.return
}
