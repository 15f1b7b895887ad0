/* 1-D valid convolution with a k-tap filter. */
void conv1d(int n, int k, const float *restrict x, const float *restrict w, float *restrict y) {
  for (int i = 0; i + k <= n; i++) {
    float s = 0.0f;
    for (int t = 0; t < k; t++)
      s += x[i + t] * w[t];
    y[i] = s;
  }
}
