// RUN: mlc-opt %s --split-input-file '--tile=block=64,32' --verify-diagnostics
// RUN: not mlc-opt %s --tile=block=x 2>&1 | FileCheck %s --check-prefix=PARSE
// RUN: not mlc-opt %s --tile=order=random 2>&1 | FileCheck %s --check-prefix=ORDER
// RUN: not mlc-opt %s --tile=blocks=32 2>&1 | FileCheck %s --check-prefix=NAME

// PARSE: pass 'tile': option block expects an integer, got 'x'
// ORDER: pass 'tile': option order must be one of loop, innermost, coalesced; got 'random'
// NAME: pass 'tile' has no option 'blocks'
// NAME: did you mean 'block'?

// expected-error@+1 {{tile: a block of [64, 32] threads exceeds 1024 threads}}
module {
  func.func @f() {
    return
  }
}
