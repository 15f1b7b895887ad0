// RUN: not mlc-opt %s --fold-constant-layouts=min-elements=0 2>&1 | FileCheck %s
// CHECK: fold-constant-layouts: min-elements must be at least 1, got 0
func.func @f() {
  return
}
