/* y = A x with a row-major m x n matrix and a runtime leading dimension. */
void gemv(int m, int n, int lda, const double *restrict A, const double *restrict x, double *restrict y) {
  for (int i = 0; i < m; i++) {
    double s = 0.0;
    for (int j = 0; j < n; j++)
      s += A[i * lda + j] * x[j];
    y[i] = s;
  }
}
