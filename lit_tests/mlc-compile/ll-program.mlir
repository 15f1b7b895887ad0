// A whole C program (static kernels and a main) compiled by mlc-compile: raised functions stay
// internal, calls keep the callee's calling convention (clang makes internal functions fastcc),
// and the fallback copies kept for failed run-time checks are called as they are defined.
// RUN: mlc-compile %examples/programs/O2/gemm.ll --target cpu --emit llvm | FileCheck %s
// RUN: mlc-compile %examples/programs/O2/gemm.ll --target cpu --emit obj -o %t.o && test -s %t.o

// CHECK-LABEL: define {{.*}} @main()
// CHECK: call void @init(
// CHECK: call void @kernel_gemm(
// CHECK: call fastcc void @print_array(
// CHECK: define internal void @init(
// CHECK: define internal void @kernel_gemm(
// CHECK: call void @kernel_gemm.mlc.orig(
// CHECK: define internal void @kernel_gemm.mlc.orig(
// CHECK: define internal fastcc void @print_array(
