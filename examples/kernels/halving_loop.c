/* A geometric loop: i doubles each trip, so the trip count is not affine. */
void halving_loop(int n, float *restrict a) {
  for (int i = 1; i < n; i *= 2)
    a[i] += 1.0f;
}
