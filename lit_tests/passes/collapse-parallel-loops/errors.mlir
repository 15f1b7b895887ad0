// RUN: not mlc-opt %s --collapse-parallel-loops=max-dims=0 2>&1 | FileCheck %s
// CHECK: collapse-parallel-loops: max-dims must be at least 1, got 0
func.func @f() {
  return
}
