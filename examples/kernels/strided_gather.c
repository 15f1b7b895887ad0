/* out[i] = in[3 i + 1]: a constant-stride gather. */
void strided_gather(int n, const double *restrict in, double *restrict out) {
  for (int i = 0; i < n; i++)
    out[i] = in[3 * i + 1];
}
