// RUN: mlc-opt %s --merge-loop-versions --canonicalize | FileCheck %s

// What a vectorized loop looks like after reroll-loops: a main loop over
// [0, n & -4) skipped when n < 4, then a remainder loop over [r, n) skipped when
// nothing remains. All of it is one loop over [0, n).
// CHECK-LABEL: func.func @versions(
// CHECK-SAME:    %[[N:.*]]: i32, %[[A:.*]]: !llvm.ptr)
// CHECK:         scf.if
// CHECK:           %[[UB:.*]] = arith.index_cast %[[N]] : i32 to index
// CHECK:           scf.for %{{.*}} = %{{.*}} to %[[UB]] step
// CHECK:             llvm.store
// CHECK-NOT:       scf.for
// CHECK-NOT:       scf.index_switch
func.func @versions(%n: i32, %a: !llvm.ptr) {
  %c0_i32 = arith.constant 0 : i32
  %c4_i32 = arith.constant 4 : i32
  %c0_i64 = arith.constant 0 : i64
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %mask = arith.constant 2147483644 : i64
  %one = arith.constant 1.0 : f64
  %g = arith.cmpi sgt, %n, %c0_i32 : i32
  scf.if %g {
    %wide = arith.extsi %n : i32 to i64
    %small = arith.cmpi ult, %n, %c4_i32 : i32
    %r:2 = scf.if %small -> (i64, i32) {
      scf.yield %c0_i64, %c0_i32 : i64, i32
    } else {
      %nv = arith.andi %wide, %mask : i64
      %ub = arith.index_cast %nv : i64 to index
      scf.for %i = %c0 to %ub step %c1 {
        %i64 = arith.index_cast %i : index to i64
        %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
        llvm.store %one, %p : f64, !llvm.ptr
      }
      %eq = arith.cmpi eq, %nv, %wide : i64
      %f = arith.extui %eq : i1 to i32
      scf.yield %nv, %f : i64, i32
    }
    %flag = arith.index_castui %r#1 : i32 to index
    scf.index_switch %flag
    case 0 {
      %lb = arith.index_cast %r#0 : i64 to index
      %ubn = arith.index_cast %n : i32 to index
      scf.for %i = %lb to %ubn step %c1 {
        %i64 = arith.index_cast %i : index to i64
        %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
        llvm.store %one, %p : f64, !llvm.ptr
      }
      scf.yield
    }
    default {
    }
  }
  return
}

// A different body in the remainder: nothing to merge.
// CHECK-LABEL: func.func @different(
// CHECK-COUNT-2: scf.for
func.func @different(%a: !llvm.ptr, %m: index, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f64
  %two = arith.constant 2.0 : f64
  scf.for %i = %c0 to %m step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
  }
  scf.for %i = %m to %n step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %two, %p : f64, !llvm.ptr
  }
  return
}
