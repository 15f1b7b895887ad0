// RUN: mlc-opt %s --split-input-file --verify-diagnostics
// RUN: mlc-opt %s --split-input-file --verify-diagnostics --load-pass-plugin %test_plugin --test-count-ops=prefix=n

func.func @returns_too_much() {
  %0 = arith.constant 1 : i32
  // expected-error@+1 {{'func.return' op has 1 operands, but enclosing function (@returns_too_much) returns 0}}
  return %0 : i32
}

// -----

// expected-note@+1 {{prior use here}}
func.func @wrong_type(%a: i32) -> i32 {
  // expected-error@+1 {{use of value '%a' expects different type than prior uses: 'i64' vs 'i32'}}
  %b = arith.addi %a, %a : i64
  return %b : i32
}
