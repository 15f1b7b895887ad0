// RUN: mlc-opt %s --ptr-to-memref --verify-diagnostics | FileCheck %s

// LLVM's rewrites declare some libm functions bare (pow(2.0f, x) becomes exp2f(x) with no
// attributes). A <math.h> name taking and returning floats touches only errno, so the loop
// around it is raised; a same-named function of another signature is not trusted.
llvm.func @exp2f(f32) -> f32
llvm.func @expf(!llvm.ptr) -> f32
// CHECK-LABEL: func.func @bare_exp2f(
// CHECK:         scf.for
// CHECK:           memref.load
// CHECK:           llvm.call @exp2f(
// CHECK:           memref.store
func.func @bare_exp2f(%n: index, %x: !llvm.ptr {llvm.noalias}, %y: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %px = llvm.getelementptr %x[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    %v = llvm.load %px : !llvm.ptr -> f32
    %e = llvm.call @exp2f(%v) : (f32) -> f32
    %py = llvm.getelementptr %y[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f32
    llvm.store %e, %py : f32, !llvm.ptr
  }
  return
}

// CHECK-LABEL: func.func @not_a_math_signature(
// CHECK:         llvm.load
func.func @not_a_math_signature(%x: !llvm.ptr) {
  %v = llvm.load %x : !llvm.ptr -> f32
  // expected-remark@+1 {{@not_a_math_signature not raised to memrefs: it calls @expf, whose memory effects are unknown}}
  %e = llvm.call @expf(%x) : (!llvm.ptr) -> f32
  llvm.store %e, %x : f32, !llvm.ptr
  return
}
