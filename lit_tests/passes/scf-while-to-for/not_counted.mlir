// RUN: mlc-opt %s --scf-while-to-for --verify-diagnostics | FileCheck %s

// i *= 2: the exit is not reached by a constant step, the loop stays scf.while.
// CHECK-LABEL: func.func @halving(
// CHECK: scf.while
func.func @halving(%n: i32) {
  %c1 = arith.constant 1 : i32
  %r = scf.while (%i = %c1) : (i32) -> i32 {
    %next = arith.shli %i, %c1 overflow<nsw> : i32
    // expected-remark@+1 {{loop not raised to scf.for: its exit depends on data computed in the loop}}
    %more = arith.cmpi slt, %next, %n : i32
    scf.condition(%more) %next : i32
  } do {
  ^bb0(%i: i32):
    scf.yield %i : i32
  }
  return
}

// An unsigned test on a counter that may wrap: no scf.for.
// CHECK-LABEL: func.func @wraps(
// CHECK: scf.while
func.func @wraps(%n: i64, %s: i64) {
  %c1 = arith.constant 1 : i64
  %r = scf.while (%i = %s) : (i64) -> i64 {
    // expected-remark@+1 {{loop not raised to scf.for: its unsigned exit test cannot be proven to match a signed bound}}
    %next = arith.addi %i, %c1 : i64
    %more = arith.cmpi ult, %next, %n : i64
    scf.condition(%more) %next : i64
  } do {
  ^bb0(%i: i64):
    scf.yield %i : i64
  }
  return
}
