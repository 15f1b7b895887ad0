// RUN: mlc-opt %s --ptr-to-memref --verify-diagnostics | FileCheck %s

// y[i] = x[idx[i]]: the address of the second load depends on the first.
// CHECK-LABEL: func.func @gather(
// CHECK:         llvm.load
// CHECK-NOT:     memref.load
func.func @gather(%n: index, %idx: !llvm.ptr, %x: !llvm.ptr, %y: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %pi = llvm.getelementptr %idx[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %k = llvm.load %pi : !llvm.ptr -> i32
    %k64 = arith.extsi %k : i32 to i64
    %px = llvm.getelementptr %x[%k64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    // expected-remark@+1 {{@gather not raised to memrefs: its address depends on a value loaded from memory (indirect access)}}
    %v = llvm.load %px : !llvm.ptr -> f64
    %py = llvm.getelementptr %y[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %v, %py : f64, !llvm.ptr
  }
  return
}

// A call with unknown effects may touch any array.
llvm.func @record(f64)
// CHECK-LABEL: func.func @calls(
func.func @calls(%n: index, %x: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %px = llvm.getelementptr %x[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %v = llvm.load %px : !llvm.ptr -> f64
    // expected-remark@+1 {{@calls not raised to memrefs: it calls @record, whose memory effects are unknown}}
    llvm.call @record(%v) : (f64) -> ()
  }
  return
}
