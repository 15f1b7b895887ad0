; RUN: not mlc-translate %s 2>&1 | FileCheck %s
; CHECK: invalid.ll:8:20: error: use of undefined value '%z'
; CHECK-NOT: Traceback

define void @f(ptr %p) {
  %x = load i32, ptr %p
  %y = add i32 %x, %x
  %w = add i32 %y, %z
  ret void
}
