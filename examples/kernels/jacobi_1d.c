/* One 3-point Jacobi sweep. */
void jacobi_1d(int n, const double *restrict a, double *restrict b) {
  for (int i = 1; i < n - 1; i++)
    b[i] = 0.33333 * (a[i - 1] + a[i] + a[i + 1]);
}
