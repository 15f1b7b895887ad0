/* C += A B^T, B stored n x k (both operands read along rows). */
void gemm_nt(int m, int n, int k, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      float s = C[i * n + j];
      for (int p = 0; p < k; p++)
        s += A[i * k + p] * B[j * k + p];
      C[i * n + j] = s;
    }
}
