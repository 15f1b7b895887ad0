/* difftest loop nest 77 (O2): crash: internal compiler error: pass 'merge-loop-versions' raised Invoked with types: mlir._mlir_libs._mlir.ir.Operation, NoneType */
void kernel(int n, int m, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 0; i < n; i += 1)
    for (int j = 0; j < m; j += 1) {
      C[m * i + j + 2] += (((A[m * 2 * i + 2 * j + 0] * B[2 * j + 2]) * A[(m + 1) * i + j + 0]) - 1.25f);
    }
}
