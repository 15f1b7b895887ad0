// RUN: mlc-opt %s --scf-while-to-for --canonicalize --split-input-file | FileCheck %s

// for (j = 191; j >= 0; j -= 2) unrolled by two, as clang -O2 writes a backward recurrence:
// the exit test is on j - 1. The loop counts -j up by 2 and the body reads j as -k.
// CHECK-LABEL: func.func @down_by_two(
// CHECK-DAG:     %[[LB:.*]] = arith.constant -191 : index
// CHECK-DAG:     %[[UB:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[ST:.*]] = arith.constant 2 : index
// CHECK:         scf.for %[[K:.*]] = %[[LB]] to %[[UB]] step %[[ST]] {
// CHECK:           %[[J:.*]] = arith.subi %{{.*}}, %[[K]] : index
// CHECK:           arith.index_cast %[[J]] : index to i64
// CHECK-NOT:     scf.while
func.func @down_by_two(%p: !llvm.ptr) {
  %c191 = arith.constant 191 : i64
  %cm1 = arith.constant -1 : i64
  %cm2 = arith.constant -2 : i64
  %c0 = arith.constant 0 : i64
  %f = arith.constant 1.0 : f64
  %r = scf.while (%j = %c191) : (i64) -> i64 {
    %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q : f64, !llvm.ptr
    %j1 = arith.addi %j, %cm1 overflow<nsw> : i64
    %q1 = llvm.getelementptr %p[%j1] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q1 : f64, !llvm.ptr
    %next = arith.addi %j, %cm2 overflow<nsw> : i64
    %more = arith.cmpi ne, %j1, %c0 : i64
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%j: i64):
    scf.yield %j : i64
  }
  return
}

// -----

// for (j = n - 2; j >= 1; j--) with the exit test unsigned, as clang -O1 writes it
// (icmp samesign ugt j, 1; the importer drops samesign): the start is non-negative and
// the last value tested is 1, so the unsigned test is the signed one.
// CHECK-LABEL: func.func @down_unsigned(
// CHECK:         scf.for
// CHECK-NOT:     scf.while
func.func @down_unsigned(%n: i32, %p: !llvm.ptr) {
  %cm1 = arith.constant -1 : i64
  %c1 = arith.constant 1 : i64
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %f = arith.constant 1.0 : f64
  %clamped = arith.maxsi %n, %c3 : i32
  %nm2 = arith.subi %clamped, %c2 overflow<nsw> : i32
  %start = arith.extsi %nm2 : i32 to i64
  %r = scf.while (%j = %start) : (i64) -> i64 {
    %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q : f64, !llvm.ptr
    %next = arith.addi %j, %cm1 overflow<nsw> : i64
    %more = arith.cmpi ugt, %j, %c1 : i64
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%j: i64):
    scf.yield %j : i64
  }
  return
}

// -----

// The same loop tested "j >= 0" unsigned never stops: it stays a while loop.
// CHECK-LABEL: func.func @down_forever(
// CHECK:         scf.while
func.func @down_forever(%p: !llvm.ptr) {
  %c9 = arith.constant 9 : i64
  %cm1 = arith.constant -1 : i64
  %c0 = arith.constant 0 : i64
  %f = arith.constant 1.0 : f64
  %r = scf.while (%j = %c9) : (i64) -> i64 {
    %q = llvm.getelementptr %p[%j] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q : f64, !llvm.ptr
    %next = arith.addi %j, %cm1 : i64
    %more = arith.cmpi uge, %next, %c0 : i64
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%j: i64):
    scf.yield %j : i64
  }
  return
}

// -----

// for (i = 9; i >= 0; i--) with a second counter t = 0, 1, 2, ... beside it (clang keeps
// one for the remainder of an inner loop unrolled at run time): t is the trip number.
// CHECK-LABEL: func.func @down_with_a_counter(
// CHECK:         scf.for %[[K:.*]] = %{{.*}} to %{{.*}} step %{{.*}} {
// CHECK-NOT:       iter_args
// CHECK:           %[[T:.*]] = arith.index_cast %[[K]] : index to i64
// CHECK:           arith.andi %[[T]]
// CHECK-NOT:     scf.while
func.func @down_with_a_counter(%p: !llvm.ptr) {
  %c9 = arith.constant 9 : i64
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  %cm1 = arith.constant -1 : i64
  %c3 = arith.constant 3 : i64
  %r:2 = scf.while (%i = %c9, %t = %c0) : (i64, i64) -> (i64, i64) {
    %m = arith.andi %t, %c3 : i64
    %q = llvm.getelementptr %p[%i] : (!llvm.ptr, i64) -> !llvm.ptr, i64
    llvm.store %m, %q : i64, !llvm.ptr
    %next = arith.addi %i, %cm1 overflow<nsw> : i64
    %t1 = arith.addi %t, %c1 : i64
    %more = arith.cmpi sgt, %i, %c0 : i64
    scf.condition(%more) %next, %t1 : i64, i64
  } do {
  ^bb0(%i: i64, %t: i64):
    scf.yield %i, %t : i64, i64
  }
  return
}
