// Triangular bounds (j <= i, k from i+1) raise to affine loops: the nsw/nuw flags of clang's
// increments survive lifting (they were lost when the half-lifted function printed in generic
// form), so the counters provably do not wrap.
// RUN: mlc-translate %examples/programs/O1/syrk.ll --stage affine | FileCheck %s --check-prefix=SYRK
// RUN: mlc-translate %examples/programs/O1/trmm.ll --stage affine | FileCheck %s --check-prefix=TRMM
// RUN: mlc-translate %examples/programs/O1/lu.ll --stage affine | FileCheck %s --check-prefix=LU

// SYRK: #[[DIAG:.*]] = affine_map<(d0) -> (d0 + 1)>
// SYRK-LABEL: func.func private @kernel_syrk
// SYRK: affine.for %[[I:.*]] = 0 to 200 {
// SYRK-NEXT: affine.for %{{.*}} = 0 to #[[DIAG]](%[[I]]) {
// SYRK: affine.for %{{.*}} = 0 to 160 {
// SYRK-NEXT: affine.for %{{.*}} = 0 to #[[DIAG]](%[[I]]) {

// TRMM-LABEL: func.func private @kernel_trmm
// TRMM: affine.for
// TRMM-NOT: llvm.load
// TRMM: return

// LU-LABEL: func.func private @kernel_lu
// LU: affine.for
// LU-NOT: llvm.load
// LU: return
