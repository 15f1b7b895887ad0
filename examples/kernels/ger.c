/* Rank-1 update A += x y^T. */
void ger(int m, int n, const double *restrict x, const double *restrict y, double *restrict A) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++)
      A[i * n + j] += x[i] * y[j];
}
