/* C += A A^T over the full n x n result (rectangular iteration space). */
void syrk(int n, int k, const double *restrict A, double *restrict C) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      for (int p = 0; p < k; p++)
        C[i * n + j] += A[i * k + p] * A[j * k + p];
}
