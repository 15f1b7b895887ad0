/* r[i] = sum_j A[i][j]. */
void row_sum(int m, int n, const float *restrict A, float *restrict r) {
  for (int i = 0; i < m; i++) {
    float s = 0.0f;
    for (int j = 0; j < n; j++)
      s += A[i * n + j];
    r[i] = s;
  }
}
