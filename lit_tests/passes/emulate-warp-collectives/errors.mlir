// RUN: mlc-opt %s --split-input-file --emulate-warp-collectives --verify-diagnostics -o /dev/null
// A warp-collective op needs the thread loop that forms its warps; only the mma.sync shapes
// and types with a documented CPU replay are accepted.

func.func @no_threads(%s: memref<16x16xf16, 3>) -> vector<4x2xf16> {
  %c0 = arith.constant 0 : index
  // expected-error@+1 {{emulate-warp-collectives: 'nvgpu.ldmatrix' is not inside a thread-mapped scf.parallel}}
  %r = nvgpu.ldmatrix %s[%c0, %c0] {numTiles = 4 : i32, transpose = false} : memref<16x16xf16, 3> -> vector<4x2xf16>
  return %r : vector<4x2xf16>
}

// -----

#tx = #gpu.loop_dim_map<processor = thread_x, map = (d0) -> (d0), bound = (d0) -> (d0)>
func.func @f64(%a: vector<1x1xf64>, %b: vector<1x1xf64>, %out: memref<32xf64>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %z = arith.constant dense<0.0> : vector<1x2xf64>
  scf.parallel (%t) = (%c0) to (%c32) step (%c1) {
    // expected-error@+1 {{emulate-warp-collectives: only mma.sync m16n8k16 on 16-bit floats and m16n8k8 on tf32 are emulated}}
    %d = nvgpu.mma.sync (%a, %b, %z) {mmaShape = [8, 8, 4]} : (vector<1x1xf64>, vector<1x1xf64>, vector<1x2xf64>) -> vector<1x2xf64>
    %e = vector.extract %d[0, 0] : f64 from vector<1x2xf64>
    memref.store %e, %out[%t] : memref<32xf64>
    scf.reduce
  } {mapping = [#tx]}
  return
}
