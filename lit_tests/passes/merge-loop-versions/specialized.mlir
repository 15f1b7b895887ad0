// RUN: mlc-opt %s --merge-loop-versions --canonicalize --cse --merge-loop-versions --canonicalize | FileCheck %s

// The fast loop sits in a branch that yields where it stopped (0 when skipped);
// the remainder resumes there. One loop over [0, n).
// CHECK-LABEL: func.func @guarded(
// CHECK-SAME:    %[[A:.*]]: !llvm.ptr, %[[N:.*]]: i32)
// CHECK:         scf.if
// CHECK-NOT:     scf.if
// CHECK:         %[[UB:.*]] = arith.index_cast %[[N]] : i32 to index
// CHECK-NOT:     scf.if
// CHECK:         scf.for %{{.*}} = %[[C0:.*]] to %[[UB]] step
// CHECK-NOT:     scf.for
// CHECK-NOT:     scf.if
func.func @guarded(%a: !llvm.ptr, %n: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c0_i64 = arith.constant 0 : i64
  %c5_i32 = arith.constant 5 : i32
  %mask = arith.constant 2147483644 : i64
  %one = arith.constant 1.0 : f64
  %c0_i32 = arith.constant 0 : i32
  %pos = arith.cmpi sgt, %n, %c0_i32 : i32
  scf.if %pos {
  %wide = arith.extui %n : i32 to i64
  %small = arith.cmpi ult, %n, %c5_i32 : i32
  %r = scf.if %small -> (i64) {
    scf.yield %c0_i64 : i64
  } else {
    %nv = arith.andi %wide, %mask : i64
    %ub = arith.index_cast %nv : i64 to index
    scf.for %i = %c0 to %ub step %c1 {
      %i64 = arith.index_cast %i : index to i64
      %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %one, %p : f64, !llvm.ptr
    }
    scf.yield %nv : i64
  }
  %lb = arith.index_cast %r : i64 to index
  %ubn = arith.index_cast %n : i32 to index
  scf.for %i = %lb to %ubn step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
  }
  }
  return
}

// A copy specialized for a run-time stride of 1 (b[j * s] is b[j] when s == 1)
// next to the general loop: the general loop alone does the same.
// CHECK-LABEL: func.func @stride_one(
// CHECK-SAME:    %[[B:.*]]: !llvm.ptr, %[[N:.*]]: index, %[[S:.*]]: i64)
// CHECK-NOT:     scf.if
// CHECK:         scf.for %[[J:.*]] = %{{.*}} to %[[N]] step
// CHECK:           %[[J64:.*]] = arith.index_cast %[[J]] : index to i64
// CHECK:           %[[OFF:.*]] = arith.muli %[[J64]], %[[S]] : i64
// CHECK:           llvm.getelementptr %[[B]][%[[OFF]]]
// CHECK-NOT:     scf.for
func.func @stride_one(%b: !llvm.ptr, %n: index, %s: i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c1_i64 = arith.constant 1 : i64
  %one = arith.constant 1.0 : f32
  %unit = arith.cmpi eq, %s, %c1_i64 : i64
  scf.if %unit {
    scf.for %j = %c0 to %n step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %p = llvm.getelementptr %b[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %one, %p : f32, !llvm.ptr
    }
  } else {
    scf.for %j = %c0 to %n step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %off = arith.muli %j64, %s : i64
      %p = llvm.getelementptr %b[%off] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %one, %p : f32, !llvm.ptr
    }
  }
  return
}

// Not the same loop when the condition is not an equality that makes the bodies
// agree: both versions stay.
// CHECK-LABEL: func.func @stride_two(
// CHECK:         scf.if
// CHECK-COUNT-2: scf.for
func.func @stride_two(%b: !llvm.ptr, %n: index, %s: i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2_i64 = arith.constant 2 : i64
  %one = arith.constant 1.0 : f32
  %big = arith.cmpi sgt, %s, %c2_i64 : i64
  scf.if %big {
    scf.for %j = %c0 to %n step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %p = llvm.getelementptr %b[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %one, %p : f32, !llvm.ptr
    }
  } else {
    scf.for %j = %c0 to %n step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %off = arith.muli %j64, %s : i64
      %p = llvm.getelementptr %b[%off] : (!llvm.ptr, i64) -> !llvm.ptr, f32
      llvm.store %one, %p : f32, !llvm.ptr
    }
  }
  return
}

// clang's runtime unrolling: n & 3 iterations first, then the unrolled loop
// (rerolled already) unless fewer than 4 remain ((r - n) >u -4). With r a
// multiple of 8, n & 3 = n - r whenever fewer than 4 remain, so the second loop
// is empty then, and the two loops are one loop over [r, n).
// CHECK-LABEL: func.func @unrolled_remainder(
// CHECK-SAME:    %[[A:.*]]: !llvm.ptr, %[[N:.*]]: i32)
// CHECK:         scf.if
// CHECK-NOT:     scf.for
// CHECK:         %[[UB:.*]] = arith.index_cast %[[N]] : i32 to index
// CHECK-NOT:     scf.if
// CHECK:         scf.for %{{.*}} = %{{.*}} to %[[UB]] step
// CHECK-NOT:     scf.for
// CHECK-NOT:     scf.if
func.func @unrolled_remainder(%a: !llvm.ptr, %n: i32) {
  %c1 = arith.constant 1 : index
  %c3_i64 = arith.constant 3 : i64
  %cm4_i64 = arith.constant -4 : i64
  %mask = arith.constant 2147483640 : i64
  %one = arith.constant 1.0 : f64
  %c0_i32 = arith.constant 0 : i32
  %pos = arith.cmpi sgt, %n, %c0_i32 : i32
  scf.if %pos {
  %wide = arith.extui %n : i32 to i64
  %r = arith.andi %wide, %mask : i64
  %low = arith.andi %wide, %c3_i64 : i64
  %rl = arith.index_cast %r : i64 to index
  %lowi = arith.index_cast %low : i64 to index
  %mid = arith.addi %rl, %lowi : index
  scf.for %i = %rl to %mid step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
  }
  %d = arith.subi %r, %wide : i64
  %few = arith.cmpi ugt, %d, %cm4_i64 : i64
  scf.if %few {
  } else {
    %ubn = arith.index_cast %n : i32 to index
    scf.for %i = %mid to %ubn step %c1 {
      %i64 = arith.index_cast %i : index to i64
      %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %one, %p : f64, !llvm.ptr
    }
  }
  }
  return
}
