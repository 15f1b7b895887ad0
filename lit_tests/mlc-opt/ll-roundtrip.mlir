// mlc-opt on a .ll program with a .ll output: import and raise, run the passes, lower back to LLVM IR.
// RUN: mlc-opt %examples/programs/O1/gemm.ll --canonicalize -o %t.ll
// RUN: FileCheck %s < %t.ll
// RUN: mlc-compile %t.ll --target cpu --emit obj -o %t.o && test -s %t.o

// CHECK-LABEL: define {{.*}} @main()
// CHECK: call void @kernel_gemm(
// CHECK: define internal void @kernel_gemm(double {{.*}}, double {{.*}}, ptr
// CHECK-NOT: mlc_ptr
