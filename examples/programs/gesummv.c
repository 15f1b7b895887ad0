/* gesummv: y = alpha*A*x + beta*B*x, two dot products per row carried in registers. */
#include <stdio.h>
#include <stdlib.h>

#define N 500

static void kernel_gesummv(int n, double alpha, double beta, double A[N][N], double B[N][N], double tmp[N],
                           double x[N], double y[N]) {
  for (int i = 0; i < n; i++) {
    double t = 0.0, s = 0.0;
    for (int j = 0; j < n; j++) {
      t = A[i][j] * x[j] + t;
      s = B[i][j] * x[j] + s;
    }
    tmp[i] = t;
    y[i] = alpha * t + beta * s;
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N])), (*B)[N] = malloc(sizeof(double[N][N]));
  double *tmp = malloc(N * sizeof(double)), *x = malloc(N * sizeof(double)), *y = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    x[i] = (double)(i % N) / N;
    for (int j = 0; j < N; j++) {
      A[i][j] = (double)((i * j + 1) % N) / N;
      B[i][j] = (double)((i * j + 2) % N) / N;
    }
  }
  kernel_gesummv(N, 1.5, 1.2, A, B, tmp, x, y);
  double s = 0;
  for (int i = 0; i < N; i++) s += y[i];
  printf("y %.12e tmp[7] %.12e\n", s, tmp[7]);
  free(A), free(B), free(tmp), free(x), free(y);
  return 0;
}
