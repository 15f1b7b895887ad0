// RUN: mlc-opt %s --split-input-file --ptr-to-memref --verify-diagnostics | FileCheck %s

// A local array (clang's alloca of [16 x double], with its lifetime markers) becomes a
// memref.alloca of 16 elements. It is an object of its own: no overlap check against %y.
// CHECK-LABEL: func.func @scratch(
// CHECK-NOT:     llvm.alloca
// CHECK:         %[[A:.*]] = memref.alloca() : memref<16xf64>
// CHECK:         %[[T:.*]] = memref.reinterpret_cast %[[A]] to offset: [0], sizes: [{{.*}}], strides: [1]
// CHECK-NOT:     llvm.ptrtoint
// CHECK:         scf.for
// CHECK:           memref.store %{{.*}}, %[[T]][%{{.*}}]
// CHECK:         scf.for
// CHECK:           memref.load %[[T]][%{{.*}}]
// CHECK-NOT:     llvm.intr.lifetime
func.func @scratch(%y: !llvm.ptr, %v: f64) {
  %one = llvm.mlir.constant(1 : i32) : i32
  %t = llvm.alloca %one x !llvm.array<16 x f64> {alignment = 16 : i64} : (i32) -> !llvm.ptr
  llvm.intr.lifetime.start %t : !llvm.ptr
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  scf.for %i = %c0 to %c16 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr inbounds %t[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %v, %p : f64, !llvm.ptr
  }
  scf.for %i = %c0 to %c16 step %c1 {
    %i64 = arith.index_cast %i : index to i64
    %p = llvm.getelementptr inbounds %t[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %x = llvm.load %p : !llvm.ptr -> f64
    %q = llvm.getelementptr inbounds %y[%i64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %x, %q : f64, !llvm.ptr
  }
  llvm.intr.lifetime.end %t : !llvm.ptr
  return
}

// -----

// A local array whose address leaves the function (here as an integer stored to %y) may be
// accessed behind the function's back.
// CHECK-LABEL: func.func @escapes(
// CHECK:         llvm.alloca
// CHECK-NOT:     memref.alloca
func.func @escapes(%y: !llvm.ptr, %v: f64) {
  %one = llvm.mlir.constant(1 : i32) : i32
  %t = llvm.alloca %one x !llvm.array<4 x f64> : (i32) -> !llvm.ptr
  // expected-remark@+1 {{@escapes not raised to memrefs: the address of a local array escapes (it is used by llvm.ptrtoint)}}
  %a = llvm.ptrtoint %t : !llvm.ptr to i64
  llvm.store %a, %y : i64, !llvm.ptr
  llvm.store %v, %t : f64, !llvm.ptr
  return
}

// -----

// A local array of f64 read as i64 is refused.
// CHECK-LABEL: func.func @punned(
// CHECK:         llvm.alloca
func.func @punned(%v: i64) {
  %one = llvm.mlir.constant(1 : i32) : i32
  %t = llvm.alloca %one x !llvm.array<4 x f64> : (i32) -> !llvm.ptr
  // expected-remark@+1 {{@punned not raised to memrefs: a local array of f64 is accessed as i64}}
  llvm.store %v, %t : i64, !llvm.ptr
  return
}
