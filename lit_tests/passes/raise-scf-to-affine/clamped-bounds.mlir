// RUN: mlc-opt %s --split-input-file --raise-scf-to-affine --verify-diagnostics | FileCheck %s

// The bounds clang -O2 writes for a band and for a loop unrolled by two: the start
// MAX(0, i - 12) as usub.sat, the end MIN(1999, i + 12) + 1 as umin plus 13, and the
// unrolled loop's end i & (2^63 - 2), i rounded down to even. All are affine maps
// of the outer index: a max for the lower bound, a min for the upper one, a floordiv.
// CHECK-DAG:   #[[LB:.*]] = affine_map<(d0) -> (d0 - 12, 0)>
// CHECK-DAG:   #[[UB:.*]] = affine_map<(d0) -> (d0 + 13, 2000)>
// CHECK-DAG:   #[[EVEN:.*]] = affine_map<(d0) -> ((d0 floordiv 2) * 2)>
// CHECK-LABEL: func.func @band(
// CHECK:         affine.for %[[I:.*]] = 0 to 2000 {
// CHECK:           affine.for %{{.*}} = max #[[LB]](%[[I]]) to min #[[UB]](%[[I]]) {
// CHECK:           affine.for %{{.*}} = #{{.*}}(%[[I]]) to #[[EVEN]](%[[I]]) step 2 {
// CHECK-NOT:     scf.for
func.func @band(%p: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c2000 = arith.constant 2000 : index
  %c12 = arith.constant 12 : i32
  %c13 = arith.constant 13 : i32
  %c1987 = arith.constant 1987 : i32
  %even = arith.constant 9223372036854775806 : i64
  %f = arith.constant 1.0 : f64
  scf.for %i = %c0 to %c2000 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %i32 = arith.trunci %i64 overflow<nsw, nuw> : i64 to i32
    %lo = llvm.intr.usub.sat(%i32, %c12) : (i32, i32) -> i32
    %m = arith.minui %i32, %c1987 : i32
    %hi = arith.addi %m, %c13 overflow<nsw, nuw> : i32
    %lb = arith.index_castui %lo : i32 to index
    %ub = arith.index_cast %hi : i32 to index
    scf.for %j = %lb to %ub step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %q = llvm.getelementptr %p[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %f, %q : f64, !llvm.ptr
    }
    %r = arith.andi %i64, %even : i64
    %rb = arith.index_cast %r : i64 to index
    scf.for %k = %c0 to %rb step %c2 {
      %k64 = arith.index_cast %k : index to i64
      %q = llvm.getelementptr %p[%k64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %f, %q : f64, !llvm.ptr
    }
  }
  return
}

// -----

// A signed max seen through a zero extension is not the max of the extended values
// (max(i - 50, -5) is negative for small i and extends to a large number): the
// inner loop stays scf.for.
// CHECK-LABEL: func.func @zero_extended_max(
// CHECK:         affine.for
// CHECK:           scf.for
func.func @zero_extended_max(%p: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %c50 = arith.constant 50 : i32
  %cm5 = arith.constant -5 : i32
  %f = arith.constant 1.0 : f64
  scf.for %i = %c0 to %c100 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %i32 = arith.trunci %i64 overflow<nsw, nuw> : i64 to i32
    %x = arith.subi %i32, %c50 overflow<nsw> : i32
    %m = arith.maxsi %x, %cm5 : i32
    %lb = arith.index_castui %m : i32 to index
    // expected-remark@+1 {{loop not raised to affine.for: its lower bound depends on a value computed in the function}}
    scf.for %j = %lb to %c100 step %c1 {
      %j64 = arith.index_cast %j : index to i64
      %q = llvm.getelementptr %p[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %f, %q : f64, !llvm.ptr
    }
  }
  return
}

// -----

// A rotated loop as scf-while-to-for leaves it: its end is max(U, lb) + 1, which is
// U + 1 under the loop's guard lb <= U (unsigned here, on non-negative values).
// CHECK-DAG:   #[[END:.*]] = affine_map<(d0) -> (d0 + 13, 2000)>
// CHECK-LABEL: func.func @rotated_band(
// CHECK:         affine.for %[[I:.*]] = 0 to 2000 {
// CHECK:           scf.if
// CHECK:             affine.for %{{.*}} = max #{{.*}}(%[[I]]) to min #[[END]](%[[I]]) {
func.func @rotated_band(%p: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c12 = arith.constant 12 : i32
  %c1987 = arith.constant 1987 : i32
  %c2000 = arith.constant 2000 : index
  %c12i = arith.constant 12 : index
  %f = arith.constant 1.0 : f64
  scf.for %i = %c0 to %c2000 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %i32 = arith.trunci %i64 overflow<nsw, nuw> : i64 to i32
    %lo = llvm.intr.usub.sat(%i32, %c12) : (i32, i32) -> i32
    %m = arith.minui %i32, %c1987 : i32
    %hi = arith.addi %m, %c12 overflow<nsw, nuw> : i32
    %skip = arith.cmpi ugt, %lo, %hi : i32
    scf.if %skip {
    } else {
      %lo64 = arith.extui %lo : i32 to i64
      %lb = arith.index_cast %lo64 : i64 to index
      %mi = arith.index_cast %m : i32 to index
      %u = arith.addi %mi, %c12i : index
      %top = arith.maxsi %u, %lb : index
      %ub = arith.addi %top, %c1 : index
      scf.for %j = %lb to %ub step %c1 {
        %j64 = arith.index_cast %j : index to i64
        %q = llvm.getelementptr %p[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
        llvm.store %f, %q : f64, !llvm.ptr
      }
    }
  }
  return
}

// -----

// A clamp of values that may wrap (an i32 sum without nsw) is not split, but it is
// still computed from the arguments: one symbol of the map.
// CHECK-LABEL: func.func @wrapping_clamp(
// CHECK:         affine.for %{{.*}} = 0 to %{{.*}} {
func.func @wrapping_clamp(%p: !llvm.ptr, %a: i32, %b: i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 1.0 : f64
  %s = arith.addi %a, %b : i32
  %m = arith.minsi %s, %b : i32
  %ub = arith.index_cast %m : i32 to index
  scf.for %j = %c0 to %ub step %c1 {
    %j64 = arith.index_cast %j : index to i64
    %q = llvm.getelementptr %p[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %f, %q : f64, !llvm.ptr
  }
  return
}
