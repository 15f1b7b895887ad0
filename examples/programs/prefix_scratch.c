/* prefix_scratch: a local scratch row (a stack array), a copy of a growing prefix (clang's memcpy of
   (k + 1) elements), and pow(2, x) (which LLVM rewrites to an exp2f it declares bare). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 600

static void kernel_prefix_smooth(int n, double y[N]) {
  double z[N];
  for (int k = 1; k < n; k++) {
    for (int i = 0; i <= k; i++) z[i] = 0.5 * (y[i] + y[k - i]) + 1.0 / (k + 1);
    for (int i = 0; i <= k; i++) y[i] = z[i];
  }
}

static void kernel_octave_gain(int n, float a[N], float out[N]) {
  for (int i = 0; i < n; i++) out[i] = a[i] * powf(2.0f, a[i] - 1.0f);
}

int main(void) {
  double *y = malloc(N * sizeof(double));
  float *a = malloc(N * sizeof(float)), *out = malloc(N * sizeof(float));
  for (int i = 0; i < N; i++) {
    y[i] = (i % 17) / 17.0;
    a[i] = (float)((i % 13) - 6) / 4.0f;
  }
  kernel_prefix_smooth(N, y);
  kernel_octave_gain(N, a, out);
  double s = 0, t = 0;
  for (int i = 0; i < N; i++) s += y[i], t += out[i];
  printf("smooth %.12e y[N-1] %.12e gain %.6e out[7] %.6e\n", s, y[N - 1], t, out[7]);
  free(y), free(a), free(out);
  return 0;
}
