// RUN: mlc-opt %s --ptr-to-memref --canonicalize | FileCheck %s

// Rows of 500 doubles written four at a time, the second pair of each trip skipped
// in the last one (j == 496), as clang -O2 leaves a loop unrolled with its exit
// test inside the body. Over the loop nest alone j + 4 reaches 500, past the row;
// where the store runs, j != 496 and j is a multiple of 8, so j + 4 <= 492.
// CHECK-LABEL: func.func @guarded_copy(
// CHECK-NOT:     mlc.assumptions
// CHECK:         %[[A:.*]] = memref.reinterpret_cast %{{.*}} to offset: [0], sizes: [10, 500], strides: [500, 1]
// CHECK:         memref.store %{{.*}}, %[[A]]
// CHECK:         scf.if
// CHECK:           memref.store %{{.*}}, %[[A]]
// CHECK-NOT:     llvm.store
func.func @guarded_copy(%a: !llvm.ptr) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %c10 = arith.constant 10 : index
  %c504 = arith.constant 504 : index
  %c4 = arith.constant 4 : i64
  %c496 = arith.constant 496 : i64
  %c500 = arith.constant 500 : i64
  %f = arith.constant 1.0 : f64
  scf.for %i = %c0 to %c10 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %row = arith.muli %i64, %c500 : i64
    scf.for %j = %c0 to %c504 step %c8 {
      %j64 = arith.index_cast %j : index to i64
      %o = arith.addi %row, %j64 : i64
      %p = llvm.getelementptr %a[%o] : (!llvm.ptr, i64) -> !llvm.ptr, f64
      llvm.store %f, %p : f64, !llvm.ptr
      %last = arith.cmpi eq, %j64, %c496 : i64
      scf.if %last {
      } else {
        %j4 = arith.addi %j64, %c4 overflow<nsw, nuw> : i64
        %o4 = arith.addi %row, %j4 : i64
        %p4 = llvm.getelementptr %a[%o4] : (!llvm.ptr, i64) -> !llvm.ptr, f64
        llvm.store %f, %p4 : f64, !llvm.ptr
      }
    }
  }
  return
}
