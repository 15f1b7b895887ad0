/* y += A^T x: the transposed operand is read down its columns. */
void gemv_t(int m, int n, const double *restrict A, const double *restrict x, double *restrict y) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++)
      y[j] += A[i * n + j] * x[i];
}
