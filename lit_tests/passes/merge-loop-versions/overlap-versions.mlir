// RUN: mlc-opt %s --split-input-file --merge-loop-versions --canonicalize | FileCheck %s

// c[j] += a[k] * b[j] as the -O2 vectorizer leaves it after rerolling, behind an
// in-loop overlap check %may: where the arrays may overlap only the scalar loop
// runs, from 0; else the vector copy, with a[k] loaded once before it, covers
// [0, 128) and the scalar loop the rest, from select(%may, 0, 128). The scalar
// loop moves into both branches, joins the vector loop in the else branch, and the
// two branches, now the same loop, become the branch without the hoisted load.
// CHECK-LABEL: func.func @versioned_on_overlap(
// CHECK-SAME:    %[[A:[a-z0-9]+]]: !llvm.ptr, %[[B:[a-z0-9]+]]: !llvm.ptr, %[[C:[a-z0-9]+]]: !llvm.ptr
// CHECK-NOT:     scf.if
// CHECK:         scf.for %{{.*}} = %c0 to %c130 step %c1 {
// CHECK:           llvm.load
// CHECK:           llvm.load
// CHECK:           llvm.load
// CHECK:           llvm.store
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @versioned_on_overlap(%a: !llvm.ptr, %b: !llvm.ptr, %c: !llvm.ptr, %may: i1, %k: i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c128 = arith.constant 128 : index
  %c130 = arith.constant 130 : index
  %c0_i64 = arith.constant 0 : i64
  %c128_i64 = arith.constant 128 : i64
  %c8 = arith.constant 8 : i64
  %start = arith.select %may, %c0_i64, %c128_i64 : i64
  %pa = llvm.getelementptr %a[%k] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  scf.if %may {
  } else {
    %x = llvm.load %pa : !llvm.ptr -> f64
    scf.for %j = %c0 to %c128 step %c1 {
      %jj = arith.index_cast %j : index to i64
      %o = arith.muli %jj, %c8 : i64
      %pb = llvm.getelementptr %b[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %y = llvm.load %pb : !llvm.ptr -> f64
      %pc = llvm.getelementptr %c[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %z = llvm.load %pc : !llvm.ptr -> f64
      %m = arith.mulf %x, %y : f64
      %s = arith.addf %m, %z : f64
      llvm.store %s, %pc : f64, !llvm.ptr
    }
  }
  %lb = arith.index_cast %start : i64 to index
  scf.for %j = %lb to %c130 step %c1 {
    %x = llvm.load %pa : !llvm.ptr -> f64
    %jj = arith.index_cast %j : index to i64
    %o = arith.muli %jj, %c8 : i64
    %pb = llvm.getelementptr %b[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %y = llvm.load %pb : !llvm.ptr -> f64
    %pc = llvm.getelementptr %c[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %z = llvm.load %pc : !llvm.ptr -> f64
    %m = arith.mulf %x, %y : f64
    %s = arith.addf %m, %z : f64
    llvm.store %s, %pc : f64, !llvm.ptr
  }
  return
}

// -----

// The same, but the loops write the array the hoisted load reads: the load before the
// vector loop is not the load in each iteration, and the loops stay two.
// CHECK-LABEL: func.func @hoisted_load_of_written_array(
// CHECK:         scf.if
// CHECK:           scf.for
// CHECK:         } else {
// CHECK:           llvm.load
// CHECK:           scf.for %{{.*}} = %c0 to %c128
// CHECK:           scf.for %{{.*}} = %c128 to %c130
func.func @hoisted_load_of_written_array(%b: !llvm.ptr, %c: !llvm.ptr, %may: i1, %k: i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c128 = arith.constant 128 : index
  %c130 = arith.constant 130 : index
  %c0_i64 = arith.constant 0 : i64
  %c128_i64 = arith.constant 128 : i64
  %c8 = arith.constant 8 : i64
  %start = arith.select %may, %c0_i64, %c128_i64 : i64
  %pa = llvm.getelementptr %c[%k] : (!llvm.ptr, i64) -> !llvm.ptr, f64
  scf.if %may {
  } else {
    %x = llvm.load %pa : !llvm.ptr -> f64
    scf.for %j = %c0 to %c128 step %c1 {
      %jj = arith.index_cast %j : index to i64
      %o = arith.muli %jj, %c8 : i64
      %pb = llvm.getelementptr %b[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %y = llvm.load %pb : !llvm.ptr -> f64
      %pc = llvm.getelementptr %c[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %z = llvm.load %pc : !llvm.ptr -> f64
      %m = arith.mulf %x, %y : f64
      %s = arith.addf %m, %z : f64
      llvm.store %s, %pc : f64, !llvm.ptr
    }
  }
  %lb = arith.index_cast %start : i64 to index
  scf.for %j = %lb to %c130 step %c1 {
    %x = llvm.load %pa : !llvm.ptr -> f64
    %jj = arith.index_cast %j : index to i64
    %o = arith.muli %jj, %c8 : i64
    %pb = llvm.getelementptr %b[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %y = llvm.load %pb : !llvm.ptr -> f64
    %pc = llvm.getelementptr %c[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %z = llvm.load %pc : !llvm.ptr -> f64
    %m = arith.mulf %x, %y : f64
    %s = arith.addf %m, %z : f64
    llvm.store %s, %pc : f64, !llvm.ptr
  }
  return
}
