// ARGS: --inline --cse --canonicalize --symbol-dce
func.func private @sq(%x: f32) -> f32 {
  %y = arith.mulf %x, %x : f32
  return %y : f32
}
func.func @main(%a: f32) -> f32 {
  %0 = call @sq(%a) : (f32) -> f32
  %1 = call @sq(%a) : (f32) -> f32
  %2 = arith.addf %0, %1 : f32
  return %2 : f32
}
