// RUN: mlc-opt %s --split-input-file --expand-mem-intrinsics --verify-diagnostics | FileCheck %s

// memset to zero of 410 doubles (the pointer is stored to as f64 elsewhere): a loop of f64 stores.
// CHECK-LABEL: func.func @zero_rows(
// CHECK-DAG:     %[[N:.*]] = arith.constant 410 : index
// CHECK-DAG:     %[[Z:.*]] = arith.constant 0.000000e+00 : f64
// CHECK:         scf.for %[[E:.*]] = %{{.*}} to %[[N]] step %{{.*}} {
// CHECK-NEXT:      %[[I:.*]] = arith.index_cast %[[E]] : index to i64
// CHECK-NEXT:      %[[P:.*]] = llvm.getelementptr %arg0[%[[I]]] : (!llvm.ptr, i64) -> !llvm.ptr, f64
// CHECK-NEXT:      llvm.store %[[Z]], %[[P]] : f64, !llvm.ptr
// CHECK-NOT:     llvm.intr.memset
func.func @zero_rows(%y: !llvm.ptr, %v: f64) {
  %c0 = arith.constant 0 : i8
  %n = arith.constant 3280 : i64
  // expected-remark@+1 {{memset expanded into a loop of f64 stores}}
  "llvm.intr.memset"(%y, %c0, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  %p = llvm.getelementptr %y[1] : (!llvm.ptr) -> !llvm.ptr, f64
  llvm.store %v, %p : f64, !llvm.ptr
  return
}

// -----

// memcpy of %m floats (the length is %m * 4): a loop of f32 loads and stores.
// CHECK-LABEL: func.func @copy_row(
// CHECK:         %[[N:.*]] = arith.index_cast %arg2 : i64 to index
// CHECK:         scf.for %{{.*}} = %{{.*}} to %[[N]] step
// CHECK:           %[[V:.*]] = llvm.load %{{.*}} : !llvm.ptr -> f32
// CHECK:           llvm.store %[[V]], %{{.*}} : f32, !llvm.ptr
func.func @copy_row(%dst: !llvm.ptr, %src: !llvm.ptr, %m: i64) {
  %c4 = arith.constant 4 : i64
  %n = arith.muli %m, %c4 : i64
  // expected-remark@+1 {{memcpy expanded into a loop of f32 stores}}
  "llvm.intr.memcpy"(%dst, %src, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  %v = llvm.load %src : !llvm.ptr -> vector<4xf32>
  llvm.store %v, %dst : vector<4xf32>, !llvm.ptr
  return
}

// -----

// memcpy of the first i + 1 doubles, as clang writes the length: (i << 3) + 8 bytes. The count is
// i * 1 + 1, built beside the copy.
// CHECK-LABEL: func.func @copy_prefix(
// CHECK:         %[[ONE:.*]] = arith.constant 1 : i64
// CHECK:         %[[C:.*]] = arith.addi %arg2, %[[ONE]] : i64
// CHECK:         %[[N:.*]] = arith.index_cast %[[C]] : i64 to index
// CHECK:         scf.for %{{.*}} = %{{.*}} to %[[N]] step
// CHECK:           llvm.load %{{.*}} : !llvm.ptr -> f64
// CHECK-NOT:     llvm.intr.memcpy
func.func @copy_prefix(%dst: !llvm.ptr, %src: !llvm.ptr, %i: i64, %v: f64) {
  %c3 = arith.constant 3 : i64
  %c8 = arith.constant 8 : i64
  %s = arith.shli %i, %c3 : i64
  %n = arith.addi %s, %c8 : i64
  // expected-remark@+1 {{memcpy expanded into a loop of f64 stores}}
  "llvm.intr.memcpy"(%dst, %src, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  llvm.store %v, %dst : f64, !llvm.ptr
  return
}

// -----

// A sum with a term that is not whole elements (4 * j bytes of doubles) is refused.
// CHECK-LABEL: func.func @copy_half_elements(
// CHECK:         llvm.intr.memcpy
func.func @copy_half_elements(%dst: !llvm.ptr, %src: !llvm.ptr, %i: i64, %j: i64, %v: f64) {
  %c8 = arith.constant 8 : i64
  %c4 = arith.constant 4 : i64
  %a = arith.muli %c8, %i : i64
  %b = arith.muli %j, %c4 : i64
  %n = arith.addi %a, %b : i64
  // expected-remark@+1 {{memcpy not expanded: its length is not a multiple of the f64 size}}
  "llvm.intr.memcpy"(%dst, %src, %n) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
  llvm.store %v, %dst : f64, !llvm.ptr
  return
}

// -----

// Refusals: a byte other than zero, a length that is not whole elements, a pointer seen as two types.
// CHECK-LABEL: func.func @left_alone(
// CHECK-COUNT-3: llvm.intr.mem
func.func @left_alone(%a: !llvm.ptr, %b: !llvm.ptr, %c: !llvm.ptr, %v: f64, %w: f32) {
  %one = arith.constant 1 : i8
  %zero = arith.constant 0 : i8
  %n = arith.constant 64 : i64
  %odd = arith.constant 12 : i64
  // expected-remark@+1 {{memset not expanded: it stores a byte other than zero}}
  "llvm.intr.memset"(%a, %one, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  llvm.store %v, %a : f64, !llvm.ptr
  // expected-remark@+1 {{memset not expanded: its length is not a multiple of the f64 size}}
  "llvm.intr.memset"(%b, %zero, %odd) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  llvm.store %v, %b : f64, !llvm.ptr
  // expected-remark@+1 {{memset not expanded: its pointer is not accessed as one scalar type elsewhere}}
  "llvm.intr.memset"(%c, %zero, %n) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
  llvm.store %v, %c : f64, !llvm.ptr
  llvm.store %w, %c : f32, !llvm.ptr
  return
}
