; Kernels that cannot be raised stay in the llvm dialect, with remarks saying why.
; RUN: mlc-translate %examples/kernels/O1/gather_indirect.ll --remarks 2>&1 >/dev/null | FileCheck %s --check-prefix=GATHER
; RUN: mlc-translate %examples/kernels/O1/gather_indirect.ll | FileCheck %s --check-prefix=LLVM
; RUN: mlc-translate %examples/kernels/O2/halving_loop.ll --remarks 2>&1 >/dev/null | FileCheck %s --check-prefix=HALVING
; RUN: mlc-translate %examples/kernels/O1/call_in_loop.ll --remarks 2>&1 >/dev/null | FileCheck %s --check-prefix=CALL

; GATHER: gather_indirect.ll:24:3: remark: @gather_indirect not raised to memrefs: its address depends on a value loaded from memory (indirect access)
; GATHER: gather_indirect.ll:7:0: remark: @gather_indirect stays in the llvm dialect

; LLVM: llvm.func local_unnamed_addr @gather_indirect(
; LLVM-NOT: func.func
; LLVM-NOT: mlc.orig

; HALVING: halving_loop.ll:{{[0-9]+}}:3: remark: loop not raised to scf.for: its exit depends on data computed in the loop

; CALL: call_in_loop.ll:{{[0-9]+}}:3: remark: @call_in_loop not raised to memrefs: it calls @record, whose memory effects are unknown
