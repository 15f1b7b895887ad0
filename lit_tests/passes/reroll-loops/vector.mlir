// RUN: mlc-opt %s --reroll-loops --canonicalize | FileCheck %s

// The vectorized body of c[i] = a[i] + b[i]: two <2 x double> per array, step 4.
// It is four copies of one scalar iteration, so it rerolls to step 1 with scalars,
// over the elements the unrolled loop covered: [0, 4 * ceil(n / 4)).
// CHECK-LABEL: func.func @vec_add(
// CHECK-SAME:    %[[A:.*]]: !llvm.ptr, %[[B:.*]]: !llvm.ptr, %[[C:.*]]: !llvm.ptr, %[[N:.*]]: index)
// CHECK:         %[[T:.*]] = arith.ceildivsi %[[N]], %[[C4:.*]] : index
// CHECK:         %[[UB:.*]] = arith.muli %[[T]], %[[C4]] : index
// CHECK:         scf.for %[[I:.*]] = %{{.*}} to %[[UB]] step %[[ONE:.*]] {
// CHECK:           %[[X:.*]] = llvm.load %{{.*}} : !llvm.ptr -> f64
// CHECK:           %[[Y:.*]] = llvm.load %{{.*}} : !llvm.ptr -> f64
// CHECK:           %[[S:.*]] = arith.addf %[[X]], %[[Y]] : f64
// CHECK:           llvm.store %[[S]], %{{.*}} : f64, !llvm.ptr
// CHECK-NOT:       llvm.store
// CHECK:         }
func.func @vec_add(%a: !llvm.ptr, %b: !llvm.ptr, %c: !llvm.ptr, %n: index) {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c16 = arith.constant 16 : i64
  scf.for %i = %c0 to %n step %c4 {
    %i64 = arith.index_cast %i : index to i64
    %pa = llvm.getelementptr %a[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %pa2 = llvm.getelementptr %pa[%c16] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %va = llvm.load %pa : !llvm.ptr -> vector<2xf64>
    %va2 = llvm.load %pa2 : !llvm.ptr -> vector<2xf64>
    %pb = llvm.getelementptr %b[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %pb2 = llvm.getelementptr %pb[%c16] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %vb = llvm.load %pb : !llvm.ptr -> vector<2xf64>
    %vb2 = llvm.load %pb2 : !llvm.ptr -> vector<2xf64>
    %s = arith.addf %va, %vb : vector<2xf64>
    %s2 = arith.addf %va2, %vb2 : vector<2xf64>
    %pc = llvm.getelementptr %c[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %pc2 = llvm.getelementptr %pc[%c16] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    llvm.store %s, %pc : vector<2xf64>, !llvm.ptr
    llvm.store %s2, %pc2 : vector<2xf64>, !llvm.ptr
  }
  return
}

// A dot product unrolled by two: the chain of updates keeps its order.
// CHECK-LABEL: func.func @dot(
// CHECK:         scf.for %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (f64) {
// CHECK:           %[[M:.*]] = arith.mulf
// CHECK:           %[[S:.*]] = arith.addf %[[M]], %[[ACC]] : f64
// CHECK:           scf.yield %[[S]] : f64
func.func @dot(%x: !llvm.ptr, %n: index) -> f64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %zero = arith.constant 0.0 : f64
  %r = scf.for %i = %c0 to %n step %c2 iter_args(%acc = %zero) -> (f64) {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr %x[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %v = llvm.load %p : !llvm.ptr -> f64
    %m = arith.mulf %v, %v : f64
    %s = arith.addf %m, %acc : f64
    %j = arith.addi %i, %c1 : index
    %j64 = arith.index_cast %j : index to i64
    %q = llvm.getelementptr %x[%j64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %w = llvm.load %q : !llvm.ptr -> f64
    %m2 = arith.mulf %w, %w : f64
    %s2 = arith.addf %m2, %s : f64
    scf.yield %s2 : f64
  }
  return %r : f64
}
