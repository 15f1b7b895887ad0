// RUN: mlc-opt %s --split-input-file '--coalesce=vector-bits=96' --verify-diagnostics
// RUN: not mlc-opt %s --coalesce=vectorize=maybe 2>&1 | FileCheck %s --check-prefix=BOOL
// RUN: not mlc-opt %s --coalesce=order=best 2>&1 | FileCheck %s --check-prefix=ORDER
// RUN: not mlc-opt %s '--coalesce=block=2048' 2>&1 | FileCheck %s --check-prefix=BLOCK
// RUN: not mlc-opt %s '--coalesce=stage-tile=0' 2>&1 | FileCheck %s --check-prefix=TILE
// RUN: not mlc-opt %s '--coalesce=padding=-2' 2>&1 | FileCheck %s --check-prefix=PAD

// BOOL: pass 'coalesce': option vectorize expects true or false, got 'maybe'
// ORDER: pass 'coalesce': option order must be one of loop, innermost, coalesced; got 'best'
// BLOCK: error: coalesce: a block of [2048] threads exceeds 1024 threads
// TILE: error: coalesce: stage-tile must be at least 1, got 0
// PAD: error: coalesce: padding must be -1 (auto) or >= 0, got -2

// expected-error@+1 {{coalesce: vector-bits must be 64 or 128, got 96}}
module {
  func.func @f() {
    return
  }
}
