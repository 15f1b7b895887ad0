/* Integer and float elementwise kernels in one program: a clamp (min/max), an axpy and a scaled copy. */
#include <stdio.h>
#include <stdlib.h>

#define N 50000

static void kernel_clamp(int n, int lo, int hi, int *v) {
  for (int i = 0; i < n; i++) v[i] = v[i] < lo ? lo : (v[i] > hi ? hi : v[i]);
}

static void kernel_saxpy(int n, float a, const float *x, float *y) {
  for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i];
}

static void kernel_scale_copy(int n, float a, const float *x, float *y) {
  for (int i = 0; i < n; i++) y[i] = a * x[i];
}

int main(void) {
  int *v = malloc(N * sizeof(int));
  float *x = malloc(N * sizeof(float)), *y = malloc(N * sizeof(float)), *z = malloc(N * sizeof(float));
  for (int i = 0; i < N; i++) {
    v[i] = (i * 7919) % 1000 - 500;
    x[i] = (float)(i % 100) / 100.0f;
    y[i] = (float)(i % 37) / 37.0f;
  }
  kernel_clamp(N, -100, 250, v);
  kernel_saxpy(N, 2.5f, x, y);
  kernel_scale_copy(N, 0.5f, y, z);
  long s = 0;
  double f = 0;
  for (int i = 0; i < N; i++) s += v[i], f += z[i];
  printf("ints %ld floats %.9e z[77] %.9e\n", s, f, (double)z[77]);
  free(v), free(x), free(y), free(z);
  return 0;
}
