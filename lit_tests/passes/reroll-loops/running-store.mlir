// RUN: mlc-opt %s --reroll-loops --verify-diagnostics --split-input-file | FileCheck %s

// for (k = lo; k < hi; k++) T[j] = m = max(m, A[k] + B[k]), unrolled by two as clang -O2
// writes it when the store cannot leave the loop: both copies store the running maximum
// to the one element T[j], copy 1 what copy 0's update of it gives. Rerolled, each
// iteration stores its own update, in the same order.
// CHECK-LABEL: func.func @running_max(
// CHECK:         %[[C1:.*]] = arith.constant 1 : index
// CHECK:         scf.for %{{.*}} = %{{.*}} to %{{.*}} step %[[C1]] iter_args(%[[M:.*]] = %{{.*}}) -> (i32) {
// CHECK:           %[[NEW:.*]] = arith.maxsi %[[M]], %{{.*}} : i32
// CHECK:           llvm.store %[[NEW]]
// CHECK-NOT:       llvm.store
// CHECK:           scf.yield %[[NEW]] : i32
func.func @running_max(%a: !llvm.ptr, %b: !llvm.ptr, %t: !llvm.ptr, %n: index, %m0: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %r = scf.for %k = %c0 to %n step %c2 iter_args(%m = %m0) -> (i32) {
    %k64 = arith.index_cast %k : index to i64
    %pa = llvm.getelementptr %a[%k64] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %pb = llvm.getelementptr %b[%k64] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %x = llvm.load %pa : !llvm.ptr -> i32
    %y = llvm.load %pb : !llvm.ptr -> i32
    %s = arith.addi %x, %y : i32
    %m1 = arith.maxsi %m, %s : i32
    llvm.store %m1, %t : i32, !llvm.ptr
    %pa1 = llvm.getelementptr %pa[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %pb1 = llvm.getelementptr %pb[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %x1 = llvm.load %pa1 : !llvm.ptr -> i32
    %y1 = llvm.load %pb1 : !llvm.ptr -> i32
    %s1 = arith.addi %x1, %y1 : i32
    %m2 = arith.maxsi %m1, %s1 : i32
    llvm.store %m2, %t : i32, !llvm.ptr
    scf.yield %m2 : i32
  } {mlc.step_divides_trip}
  return %r : i32
}

// -----

// The same, but copy 1 reads the stored element back: rerolled, it would read copy 0's
// store one iteration later than the unrolled loop does, so the loop stays as it is.
// CHECK-LABEL: func.func @reads_it_back(
// CHECK:         step %{{.*}} iter_args
func.func @reads_it_back(%a: !llvm.ptr, %t: !llvm.ptr, %n: index, %m0: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  // expected-remark@+1 {{loop not rerolled: a copy reads the element that every copy stores}}
  %r = scf.for %k = %c0 to %n step %c2 iter_args(%m = %m0) -> (i32) {
    %k64 = arith.index_cast %k : index to i64
    %pa = llvm.getelementptr %a[%k64] : (!llvm.ptr, i64) -> !llvm.ptr, i32
    %x = llvm.load %pa : !llvm.ptr -> i32
    %old = llvm.load %t : !llvm.ptr -> i32
    %s = arith.addi %x, %old : i32
    %m1 = arith.maxsi %m, %s : i32
    llvm.store %m1, %t : i32, !llvm.ptr
    %pa1 = llvm.getelementptr %pa[1] : (!llvm.ptr) -> !llvm.ptr, i32
    %x1 = llvm.load %pa1 : !llvm.ptr -> i32
    %old1 = llvm.load %t : !llvm.ptr -> i32
    %s1 = arith.addi %x1, %old1 : i32
    %m2 = arith.maxsi %m1, %s1 : i32
    llvm.store %m2, %t : i32, !llvm.ptr
    scf.yield %m2 : i32
  } {mlc.step_divides_trip}
  return %r : i32
}
