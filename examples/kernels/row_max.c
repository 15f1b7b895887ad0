/* Row maxima of an m x n matrix (n >= 1). */
void row_max(int m, int n, const float *restrict A, float *restrict out) {
  for (int i = 0; i < m; i++) {
    float best = A[i * n];
    for (int j = 1; j < n; j++)
      best = A[i * n + j] > best ? A[i * n + j] : best;
    out[i] = best;
  }
}
