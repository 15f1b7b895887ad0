// A kernel from C compiles through its own stage list (prepare instead of bufferize);
// every stage is dumped, and a compile resumed from any of them gives the same PTX.
// RUN: rm -rf %t.d %t.*.ptx
// RUN: mlc-compile --target cuda %examples/kernels/O2/matmul.ll --dump-dir %t.d --emit ptx -o %t.full.ptx
// RUN: ls %t.d | FileCheck %s --check-prefix=DUMPS
// RUN: mlc-compile --target cuda %t.d/01_prepare.mlir --from-stage prepare --emit ptx -o %t.1.ptx
// RUN: diff -r %t.full.ptx %t.1.ptx
// RUN: mlc-compile --target cuda %t.d/02_kernels.mlir --from-stage kernels --emit ptx -o %t.2.ptx
// RUN: diff -r %t.full.ptx %t.2.ptx
// RUN: mlc-compile --target cuda %t.d/03_map.mlir --from-stage map --emit ptx -o %t.3.ptx
// RUN: diff -r %t.full.ptx %t.3.ptx
// RUN: mlc-compile --target cuda %t.d/04_gpu.mlir --from-stage gpu --emit ptx -o %t.4.ptx
// RUN: diff -r %t.full.ptx %t.4.ptx
// RUN: mlc-compile --target cuda %t.d/05_nvvm.mlir --from-stage nvvm --emit ptx -o %t.5.ptx
// RUN: diff -r %t.full.ptx %t.5.ptx
// RUN: mlc-compile --target cuda %t.d/01_prepare.mlir --from-stage prepare --no-ptxas -o %t.mlc
// RUN: mlc-run %t.mlc --info | FileCheck %s --check-prefix=INFO
// RUN: not mlc-compile --target cuda %t.d/01_prepare.mlir --from-stage bufferize 2>&1 | FileCheck %s --check-prefix=WRONG

// DUMPS: 00_input.mlir
// DUMPS-NEXT: 01_prepare.mlir
// DUMPS-NEXT: 02_kernels.mlir
// DUMPS-NEXT: 03_map.mlir
// DUMPS-NEXT: 04_gpu.mlir
// DUMPS-NEXT: 05_nvvm.mlir
// DUMPS-NEXT: 06_ptx.mlir

// INFO: target: cuda sm_90 (bare-pointer ABI), entry @matmul
// INFO: C signature: int32 arg0, float32* arg1, float32* arg2, float32* arg3 -> void

// WRONG: error: unknown stage 'bufferize'
// WRONG-NEXT: note: cuda (function from C) stages: input, prepare, kernels, map, gpu, nvvm, ptx
