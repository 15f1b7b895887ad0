/* atax: y = A^T (A x), a gemv pair through a temporary with a scalar accumulator. */
#include <stdio.h>
#include <stdlib.h>

#define M 390
#define N 410

static void kernel_atax(int m, int n, double A[M][N], double x[N], double y[N], double tmp[M]) {
  for (int i = 0; i < n; i++) y[i] = 0;
  for (int i = 0; i < m; i++) {
    tmp[i] = 0.0;
    for (int j = 0; j < n; j++) tmp[i] = tmp[i] + A[i][j] * x[j];
    for (int j = 0; j < n; j++) y[j] = y[j] + A[i][j] * tmp[i];
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[M][N]));
  double *x = malloc(N * sizeof(double)), *y = malloc(N * sizeof(double)), *tmp = malloc(M * sizeof(double));
  for (int i = 0; i < N; i++) x[i] = 1 + (i / (double)N);
  for (int i = 0; i < M; i++)
    for (int j = 0; j < N; j++) A[i][j] = (double)((i + j) % N) / (5 * M);
  kernel_atax(M, N, A, x, y, tmp);
  double sum = 0;
  for (int i = 0; i < N; i++) sum += y[i];
  printf("sum %.12e y[0] %.12e y[N-1] %.12e\n", sum, y[0], y[N - 1]);
  free(A), free(x), free(y), free(tmp);
  return 0;
}
