/* out = max(in, 0). */
void relu(int n, const float *restrict in, float *restrict out) {
  for (int i = 0; i < n; i++)
    out[i] = in[i] > 0.0f ? in[i] : 0.0f;
}
