// RUN: not mlc-opt %s '--approximate-math=ops=exp,sin' 2>&1 | FileCheck %s --check-prefix=OPS
// RUN: not mlc-opt %s '--approximate-math=fma=maybe' 2>&1 | FileCheck %s --check-prefix=FMA

// OPS: approximate-math: cannot approximate sin
// OPS: ops is a list of exp, log, tanh, erf
// FMA: pass 'approximate-math': option fma expects true or false, got 'maybe'

func.func @f(%x: f32) -> f32 {
  %y = math.sin %x : f32
  return %y : f32
}
