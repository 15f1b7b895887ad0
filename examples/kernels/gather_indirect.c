/* y[i] = x[idx[i]]: the address depends on a loaded value (not affine). */
void gather_indirect(int n, const int *restrict idx, const double *restrict x, double *restrict y) {
  for (int i = 0; i < n; i++)
    y[i] = x[idx[i]];
}
