// RUN: mlc-opt %s '--tile=thread-tile=0' --verify-diagnostics

// expected-error@+1 {{tile: thread-tile values must be at least 1, got [0]}}
module {
  func.func @f() {
    return
  }
}
