// RUN: mlc-opt %s --lift-llvm-to-core=keep-original=false | FileCheck %s

// llvm.fmuladd becomes what llc makes of it on the function's target: one FMA
// where x86 has the fma feature, a multiply and an add where it does not.
module attributes {llvm.target_triple = "x86_64-pc-linux-gnu"} {
  // CHECK-LABEL: func.func @with_fma(
  // CHECK-SAME:    %[[A:.*]]: f64, %[[B:.*]]: f64
  // CHECK:         math.fma %[[A]], %[[B]], %{{.*}} : f64
  // CHECK-NOT:     arith.mulf
  llvm.func @with_fma(%a: f64, %b: f64, %n: i64) -> f64 attributes {target_features = #llvm.target_features<["+avx2", "+fma"]>} {
    %z = llvm.mlir.constant(0 : i64) : i64
    %one = llvm.mlir.constant(1 : i64) : i64
    %zero = llvm.mlir.constant(0.0 : f64) : f64
    llvm.br ^loop(%z, %zero : i64, f64)
  ^loop(%i: i64, %s: f64):
    %t = llvm.intr.fmuladd(%a, %b, %s) : (f64, f64, f64) -> f64
    %next = llvm.add %i, %one : i64
    %done = llvm.icmp "eq" %next, %n : i64
    llvm.cond_br %done, ^exit, ^loop(%next, %t : i64, f64)
  ^exit:
    llvm.return %t : f64
  }

  // CHECK-LABEL: func.func @without_fma(
  // CHECK-SAME:    %[[A:.*]]: f64, %[[B:.*]]: f64
  // CHECK:         %[[M:.*]] = arith.mulf %[[A]], %[[B]] : f64
  // CHECK:         arith.addf %[[M]], %{{.*}} : f64
  // CHECK-NOT:     math.fma
  llvm.func @without_fma(%a: f64, %b: f64, %n: i64) -> f64 attributes {target_features = #llvm.target_features<["+sse2"]>} {
    %z = llvm.mlir.constant(0 : i64) : i64
    %one = llvm.mlir.constant(1 : i64) : i64
    %zero = llvm.mlir.constant(0.0 : f64) : f64
    llvm.br ^loop(%z, %zero : i64, f64)
  ^loop(%i: i64, %s: f64):
    %t = llvm.intr.fmuladd(%a, %b, %s) : (f64, f64, f64) -> f64
    %next = llvm.add %i, %one : i64
    %done = llvm.icmp "eq" %next, %n : i64
    llvm.cond_br %done, ^exit, ^loop(%next, %t : i64, f64)
  ^exit:
    llvm.return %t : f64
  }
}
