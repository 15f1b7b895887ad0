/* difftest loop nest 256 (O2): crash: internal compiler error: timed out after 120 s */
void kernel(int m, int k, const double *restrict A, const double *restrict B, double *restrict C) {
  for (int i = 1; i < 4; i += 1)
    for (int j = 0; j < m; j += 1)
      for (int l = 2; l < k; l += 1) {
        C[(m + 3) * (k + 1) * i + (k + 1) * j + l + 0] = ((A[k * j + l + 2] + A[m * k * i + k * j + l + 0]) - A[m * (k + 1) * i + (k + 1) * j + l + 1]);
      }
}
