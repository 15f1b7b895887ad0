// RUN: mlc-opt %s --ptr-to-memref --verify-diagnostics

// A diagonal step (161 = 160 + 1) next to a step of two rows (320 = 2 * 160): the
// diagonal is split over the strides that stay, so 320 stays one of them (a
// dimension of 2 rows), and the check that dimension would need fails for every
// input (k reaches 159 rows): the function stays unraised, with a remark, not a crash.
func.func @two_rows_and_diagonal(%a: !llvm.ptr {llvm.noalias}, %b: !llvm.ptr {llvm.noalias}) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c80 = arith.constant 80 : index
  %c160 = arith.constant 160 : index
  %c8 = arith.constant 8 : i64
  %c1280 = arith.constant 1280 : i64
  %c1288 = arith.constant 1288 : i64
  %c2560 = arith.constant 2560 : i64
  scf.for %i = %c0 to %c80 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %d = arith.muli %i64, %c1288 : i64
    %pd = llvm.getelementptr %a[%d] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    // expected-remark@+1 {{@two_rows_and_diagonal not raised to memrefs: the run-time check that indices of argument 0 stay inside its rows would fail for every input}}
    %x = llvm.load %pd : !llvm.ptr -> f64
    %t = arith.muli %i64, %c2560 : i64
    %pt = llvm.getelementptr %a[%t] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    %y = llvm.load %pt : !llvm.ptr -> f64
    %col = arith.muli %i64, %c8 : i64
    %sum = scf.for %k = %c0 to %c160 step %c1 iter_args(%acc = %x) -> (f64) {
      %k64 = arith.index_cast %k : index to i64
      %row = arith.muli %k64, %c1280 : i64
      %o = arith.addi %row, %col : i64
      %p = llvm.getelementptr %a[%o] : (!llvm.ptr, i64) -> !llvm.ptr, i8
      %v = llvm.load %p : !llvm.ptr -> f64
      %s = arith.addf %acc, %v : f64
      scf.yield %s : f64
    }
    %z = arith.addf %sum, %y : f64
    %q = llvm.getelementptr %b[%col] : (!llvm.ptr, i64) -> !llvm.ptr, i8
    llvm.store %z, %q : f64, !llvm.ptr
  }
  return
}
