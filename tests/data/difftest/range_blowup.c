void kernel(int n, int m, const int *restrict A, const int *restrict B, int *restrict C) {
  for (int i = 2; i < n; i += 1)
    for (int j = 2; j < m; j += 2) {
      C[(n + 1) * j + i + 1] = ((B[j + 0] ^ A[(m + 1) * i + j + 0]) ^ 2);
      C[j + 0] = ((A[(m + 3) * i + j + 0] - B[(m + 3) * i + j + 2]) - B[(m + 1) * i + j + 1]);
      C[m * i + j + 2] = (((B[n * 2 * j + 2 * i + 1] & B[(n + 3) * j + i + 1]) - B[(n + 3) * 2 * j + 2 * i + 0]) ^ 3);
    }
}
