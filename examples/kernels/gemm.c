/* C = alpha * A B + beta * C (BLAS dgemm, no transposes), runtime sizes. */
void gemm(int m, int n, int k, double alpha, const double *restrict A, const double *restrict B, double beta,
          double *restrict C) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      double c = beta * C[i * n + j];
      for (int p = 0; p < k; p++)
        c += alpha * A[i * k + p] * B[p * n + j];
      C[i * n + j] = c;
    }
}
