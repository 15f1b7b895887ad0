/* Column sums of a row-major n x 70 matrix: the inner loop walks a column,
 * a stride of 70 doubles (560 bytes) between consecutive accesses. */
void strided_access(int n, const double A[][70], double *restrict colsum) {
  for (int j = 0; j < 70; j++) {
    double s = 0.0;
    for (int i = 0; i < n; i++)
      s += A[i][j];
    colsum[j] = s;
  }
}
