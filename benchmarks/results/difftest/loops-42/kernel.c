/* difftest loop nest 42 (O2): crash: internal compiler error: pass 'scf-while-to-for' raised AttributeError: 'Ranges' object has no attribute '_steps' */
void kernel(int m, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 0; i < 3; i += 1)
    for (int j = 2; j < m; j += 1) {
      C[m * i + j + 1] += ((A[(m + 1) * 2 * i + 2 * j + 2] - B[(3 + 3) * j + i + 0]) + 3.0f);
    }
}
