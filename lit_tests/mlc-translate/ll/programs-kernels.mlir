// Kernels of whole C programs (examples/programs) that become linalg ops only after
// expand-mem-intrinsics, sink-reduction-stores and distribute-loops.

// memset of y, then y = A^T (A x): a gemv pair.
// RUN: mlc-translate %examples/programs/O1/atax.ll | FileCheck %s --check-prefix=ATAX
// ATAX-LABEL: func.func private @kernel_atax(
// ATAX:         linalg.fill
// ATAX:         linalg.matvec
// ATAX:         linalg.vecmat
// ATAX:         llvm.call @kernel_atax.mlc.orig

// The memset is in the -O2 code too.
// RUN: mlc-translate %examples/programs/O2/bicg.ll | FileCheck %s --check-prefix=BICG
// BICG-LABEL: func.func private @kernel_bicg(
// BICG:         linalg.fill
// BICG-DAG:     linalg.matvec
// BICG-DAG:     linalg.vecmat

// gemm: C *= beta then C += alpha*A*B inside one i loop, distributed into a scale and a contraction.
// RUN: mlc-translate %examples/programs/O1/gemm.ll | FileCheck %s --check-prefix=GEMM
// RUN: mlc-translate %examples/programs/O1/gemm.ll --remarks 2>&1 >/dev/null | FileCheck %s --check-prefix=GEMM-REMARK
// GEMM-REMARK:  gemm.ll:{{[0-9]+}}:{{[0-9]+}}: remark: loop distributed into 2 loops
// GEMM-LABEL: func.func private @kernel_gemm(
// GEMM:         linalg.generic {{.*}} iterator_types = ["parallel", "parallel"]
// GEMM:         linalg.generic {{.*}} iterator_types = ["parallel", "reduction", "parallel"]

// 3mm: three products whose sums clang stores in every iteration: three matmuls.
// RUN: mlc-translate %examples/programs/O1/three_mm.ll | FileCheck %s --check-prefix=MM3
// MM3-LABEL: func.func private @kernel_3mm(
// MM3-COUNT-3:  linalg.matmul
// MM3-NOT:      affine.for
// MM3:          llvm.call @kernel_3mm.mlc.orig
