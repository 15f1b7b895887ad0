/* difftest loop nest 37 (O2): crash: internal compiler error: pass 'scf-while-to-for' raised AttributeError: 'Ranges' object has no attribute '_steps' */
void kernel(int n, int m, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 0; i < n; i += 2)
    for (int j = 0; j < m; j += 1) {
      C[(m + 1) * i + j + 0] = (A[m * 2 * i + 2 * j + 0] - 0.5f);
    }
}
