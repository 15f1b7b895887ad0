/* mvt: x1 += A y1 and x2 += A^T y2 (a gemv pair in two nests). */
#include <stdio.h>
#include <stdlib.h>

#define N 400

static void kernel_mvt(int n, double x1[N], double x2[N], double y1[N], double y2[N], double A[N][N]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) x1[i] = x1[i] + A[i][j] * y1[j];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) x2[i] = x2[i] + A[j][i] * y2[j];
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  double *x1 = malloc(N * sizeof(double)), *x2 = malloc(N * sizeof(double));
  double *y1 = malloc(N * sizeof(double)), *y2 = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    x1[i] = (double)(i % N) / N;
    x2[i] = (double)((i + 1) % N) / N;
    y1[i] = (double)((i + 3) % N) / N;
    y2[i] = (double)((i + 4) % N) / N;
    for (int j = 0; j < N; j++) A[i][j] = (double)(i * j % N) / N;
  }
  kernel_mvt(N, x1, x2, y1, y2, A);
  double s1 = 0, s2 = 0;
  for (int i = 0; i < N; i++) s1 += x1[i], s2 += x2[i];
  printf("x1 %.12e x2 %.12e\n", s1, s2);
  free(A), free(x1), free(x2), free(y1), free(y2);
  return 0;
}
