// RUN: not mlc-opt %s --vectorize-depthwise=lanes=0 2>&1 | FileCheck %s
// CHECK: error: vectorize-depthwise: lanes must be at least 1, not 0
func.func @f() {
  return
}
