// ARGS: --convert-scf-to-cf --canonicalize
func.func @sum(%m: memref<100xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c100 = arith.constant 100 : index
  %z = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %c100 step %c1 iter_args(%acc = %z) -> f32 {
    %v = memref.load %m[%i] : memref<100xf32>
    %n = arith.addf %acc, %v : f32
    scf.yield %n : f32
  }
  return %r : f32
}
