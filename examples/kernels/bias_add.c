/* out = in + bias, the bias row broadcast over m rows. */
void bias_add(int m, int n, const float *restrict in, const float *restrict bias, float *restrict out) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++)
      out[i * n + j] = in[i * n + j] + bias[j];
}
