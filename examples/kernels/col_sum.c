/* c[j] += A[i][j]: the reduction runs over the outer loop. */
void col_sum(int m, int n, const float *restrict A, float *restrict c) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++)
      c[j] += A[i * n + j];
}
