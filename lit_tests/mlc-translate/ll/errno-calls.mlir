// libm calls that clang keeps under -fmath-errno (declared memory(errnomem: write)) stay as
// llvm.call inside raised loops: they touch no memory the arrays can alias. A nest with such a
// call stays affine (a linalg body holds no calls); the reductions before it become linalg ops,
// including one that reads a value loaded before its reduction loop (the row mean).
// RUN: mlc-translate %examples/programs/O1/standardize.ll | FileCheck %s
// RUN: mlc-translate %examples/programs/O1/norms.ll --stage affine | FileCheck %s --check-prefix=NRM2

// CHECK-LABEL: func.func private @kernel_standardize
// CHECK: linalg.fill
// CHECK: linalg.generic {{.*}}["parallel", "reduction"]
// CHECK: linalg.fill
// CHECK: linalg.generic {{.*}}["parallel", "reduction"]
// CHECK: affine.for
// CHECK: affine.for
// CHECK: llvm.call tail @sqrtf(
// CHECK: affine.store

// NRM2-LABEL: func.func private @kernel_nrm2
// NRM2: affine.for {{.*}} iter_args
// NRM2: llvm.call tail @sqrt(
// NRM2: return
