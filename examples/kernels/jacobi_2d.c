/* One 5-point Jacobi sweep over the interior of an n x n grid. */
void jacobi_2d(int n, const float *restrict a, float *restrict b) {
  for (int i = 1; i < n - 1; i++)
    for (int j = 1; j < n - 1; j++)
      b[i * n + j] = 0.2f * (a[i * n + j] + a[i * n + j - 1] + a[i * n + j + 1] + a[(i - 1) * n + j] +
                             a[(i + 1) * n + j]);
}
