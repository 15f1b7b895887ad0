/* Banded matrix-vector product: the inner loop runs from max(0, i-b) to min(n-1, i+b). */
#include <stdio.h>
#include <stdlib.h>

#define N 2000
#define BW 12

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

static void kernel_band_matvec(int n, int b, double A[N][N], double x[N], double y[N]) {
  for (int i = 0; i < n; i++) {
    double s = 0.0;
    for (int j = MAX(0, i - b); j <= MIN(n - 1, i + b); j++) s += A[i][j] * x[j];
    y[i] = s;
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  double *x = malloc(N * sizeof(double)), *y = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    x[i] = (double)(i % 17) / 17;
    for (int j = 0; j < N; j++) A[i][j] = (double)((i + 2 * j) % 23) / 23;
  }
  kernel_band_matvec(N, BW, A, x, y);
  double s = 0;
  for (int i = 0; i < N; i++) s += y[i];
  printf("sum %.12e y[0] %.12e y[N-1] %.12e\n", s, y[0], y[N - 1]);
  free(A), free(x), free(y);
  return 0;
}
