/* Valid 2-D convolution (cross-correlation) of an h x w image with a 3 x 3 filter. */
void simple_conv2d(int h, int w, const float *restrict in, const float *restrict filt, float *restrict out) {
  for (int i = 0; i < h - 2; i++)
    for (int j = 0; j < w - 2; j++) {
      float acc = 0.0f;
      for (int ki = 0; ki < 3; ki++)
        for (int kj = 0; kj < 3; kj++)
          acc += in[(i + ki) * w + (j + kj)] * filt[ki * 3 + kj];
      out[i * (w - 2) + j] = acc;
    }
}
