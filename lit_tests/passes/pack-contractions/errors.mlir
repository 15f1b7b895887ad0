// RUN: not mlc-opt %s --pack-contractions=100 2>&1 | FileCheck %s
// CHECK: vector-bits must be 128, 256 or 512, not 100
func.func @f() {
  return
}
