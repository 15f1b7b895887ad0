/* difftest loop nest 21 (O2): crash: internal compiler error: pass 'scf-while-to-for' raised AttributeError: 'Ranges' object has no attribute '_steps' */
void kernel(int n, int m, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 1; i < n; i += 1)
    for (int j = 2; j < m; j += 2) {
      C[m * i + j + 0] = (((B[(m + 3) * i + j + 0] * B[n * 2 * j + 2 * i + 0]) + A[m * 2 * i + 2 * j + 0]) - 0.5f);
    }
}
