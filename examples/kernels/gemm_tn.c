/* C += A^T B, A stored k x m. */
void gemm_tn(int m, int n, int k, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++)
      for (int p = 0; p < k; p++)
        C[i * n + j] += A[p * m + i] * B[p * n + j];
}
