/* C += A A^T on the lower triangle only (j <= i): a triangular iteration space. */
void syrk_lower(int n, int k, const double *restrict A, double *restrict C) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j <= i; j++) {
      double s = C[i * n + j];
      for (int p = 0; p < k; p++)
        s += A[i * k + p] * A[j * k + p];
      C[i * n + j] = s;
    }
}
