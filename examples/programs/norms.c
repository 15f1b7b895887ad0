/* Vector norms and a dot product: scalar accumulators returned from the kernels. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 100000

static double kernel_asum(int n, const double *x) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += fabs(x[i]);
  return s;
}

static double kernel_nrm2(int n, const double *x) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += x[i] * x[i];
  return sqrt(s);
}

static double kernel_dot(int n, const double *x, const double *y) {
  double s = 0.0;
  for (int i = 0; i < n; i++) s += x[i] * y[i];
  return s;
}

int main(void) {
  double *x = malloc(N * sizeof(double)), *y = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    x[i] = (double)((i * 31) % 97 - 48) / 97;
    y[i] = (double)((i * 17) % 89) / 89;
  }
  printf("asum %.12e nrm2 %.12e dot %.12e\n", kernel_asum(N, x), kernel_nrm2(N, x), kernel_dot(N, x, y));
  free(x), free(y);
  return 0;
}
