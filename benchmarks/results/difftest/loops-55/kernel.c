/* difftest loop nest 55 (O2): crash: internal compiler error: in difftest (loop nest): timed out after 120 s */
void kernel(int n, int m, int k, const int *restrict A, const int *restrict B, int *restrict C) {
  for (int i = 0; i < n; i += 1)
    for (int j = 1; j < m; j += 1)
      for (int l = 0; l < k; l += 1) {
        C[m * k * i + k * j + l + 0] = (A[m * i + j + 1] * B[(m + 1) * n * l + n * j + i + 1]);
      }
}
