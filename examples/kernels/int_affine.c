/* Integer elementwise: c = 3 a - b + 7 on int32. */
void int_affine(int n, const int *restrict a, const int *restrict b, int *restrict c) {
  for (int i = 0; i < n; i++)
    c[i] = 3 * a[i] - b[i] + 7;
}
