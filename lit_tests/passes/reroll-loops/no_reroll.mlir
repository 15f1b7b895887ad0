// RUN: mlc-opt %s --reroll-loops --verify-diagnostics | FileCheck %s

// The second copy stores to the element the first copy stores: not two iterations.
// CHECK-LABEL: func.func @overlap(
// CHECK: step %{{.*}} {
func.func @overlap(%a: !llvm.ptr, %n: index) {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %one = arith.constant 1.0 : f64
  %two = arith.constant 2.0 : f64
  // expected-remark@+1 {{loop not rerolled: its stores are not one copy per iteration}}
  scf.for %i = %c0 to %n step %c2 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %one, %p : f64, !llvm.ptr
    llvm.store %two, %p : f64, !llvm.ptr
  }
  return
}
