// RUN: mlc-compile --target cuda %examples/kernels/O2/matmul.ll --emit mlir --to-stage kernels | FileCheck %s
// RUN: mlc-compile --target cuda %examples/kernels/O2/matmul.ll --emit mlir --to-stage gpu --no-ptxas | FileCheck %s --check-prefix=GPU
// RUN: not mlc-compile --target cuda %examples/kernels/O2/gather_indirect.ll -o %t.mlc 2>&1 | FileCheck %s --check-prefix=UNRAISED

// A kernel raised from C: each kernel takes the pointer arguments it views plus the
// dynamic sizes of the views (here the row count n), and rebuilds the views itself.

// CHECK-LABEL: func.func private @matmul_k0_fill(
// CHECK-SAME: %[[P:.*]]: !llvm.ptr, %[[N:.*]]: index)
// CHECK: %[[BASE:.*]] = "mlc_ptr.to_memref"(%[[P]])
// CHECK: memref.reinterpret_cast %[[BASE]] to offset: [0], sizes: [%[[N]], 48], strides: [48, 1]
// CHECK-LABEL: func.func private @matmul_k1_matmul(
// CHECK-SAME: !llvm.ptr, %{{.*}}: index, %{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr, %{{.*}}: index)
// CHECK-LABEL: func.func @matmul(
// CHECK-SAME: %[[ARG0:.*]]: i32 {{.*}}, %[[A:.*]]: !llvm.ptr {{.*}}, %[[B:.*]]: !llvm.ptr {{.*}}, %[[C:.*]]: !llvm.ptr
// CHECK: %[[ROWS:.*]] = arith.index_cast %[[ARG0]]
// CHECK: %[[M:.*]] = arith.maxsi %[[ROWS]]
// CHECK: call @matmul_k0_fill(%[[C]], %[[M]])
// CHECK: call @matmul_k1_matmul(%[[A]], %[[M]], %[[B]], %[[C]], %[[M]])

// The grid follows n at run time; the views are built inside the kernel.
// GPU-LABEL: func.func private @matmul_k0_fill(
// GPU: arith.divsi
// GPU: %[[BLOCKS:.*]] = arith.select
// GPU-NEXT: gpu.launch_func @matmul_k0_fill_kernel::@matmul_k0_fill_kernel blocks in (%{{.*}}, %[[BLOCKS]], %{{.*}})
// GPU: gpu.func @matmul_k0_fill_kernel(%{{.*}}: !llvm.ptr, %{{.*}}: index) kernel
// GPU: "mlc_ptr.to_memref"
// GPU: memref.reinterpret_cast

// UNRAISED: error: @gather_indirect was not raised from LLVM IR to loops on arrays, so the CUDA target cannot parallelize it
