// RUN: mlc-opt %s --split-input-file '--tile=block=64,32' --verify-diagnostics
// RUN: not mlc-opt %s --tile=block=x 2>&1 | FileCheck %s --check-prefix=PARSE
// RUN: not mlc-opt %s --tile=order=random 2>&1 | FileCheck %s --check-prefix=ORDER
// RUN: not mlc-opt %s --tile=blocks=32 2>&1 | FileCheck %s --check-prefix=NAME
// RUN: not mlc-opt %s --tile=max-threads=2048 2>&1 | FileCheck %s --check-prefix=MAXT
// RUN: not mlc-opt %s --coalesce=max-threads=0 2>&1 | FileCheck %s --check-prefix=MAXC
// RUN: not mlc-opt %s --tile=sm-count=0 2>&1 | FileCheck %s --check-prefix=SMS

// PARSE: pass 'tile': option block expects an integer, got 'x'
// ORDER: pass 'tile': option order must be one of loop, innermost, coalesced; got 'random'
// NAME: pass 'tile' has no option 'blocks'
// NAME: did you mean 'block'?
// The limits come from compiler/targets/limits.py; tile and coalesce share the sizes' checks.
// MAXT: error: tile: max-threads must be between 1 and 1024, got 2048
// MAXC: error: coalesce: max-threads must be between 1 and 1024, got 0
// SMS: error: tile: sm-count must be at least 1, got 0

// expected-error@+1 {{tile: a block of [64, 32] threads exceeds 1024 threads}}
module {
  func.func @f() {
    return
  }
}
