/* A[i][j] *= s[i]: a column vector broadcast along rows, in place. */
void scale_rows(int m, int n, const double *restrict s, double *restrict A) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++)
      A[i * n + j] *= s[i];
}
