/* out = 2 in without restrict: out and in may overlap. */
void scale_copy_alias(int n, const float *in, float *out) {
  for (int i = 0; i < n; i++)
    out[i] = 2.0f * in[i];
}
