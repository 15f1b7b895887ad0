/* trisolv: forward substitution L x = b (triangular inner loop, a division per row). */
#include <stdio.h>
#include <stdlib.h>

#define N 600

static void kernel_trisolv(int n, double L[N][N], double x[N], double b[N]) {
  for (int i = 0; i < n; i++) {
    x[i] = b[i];
    for (int j = 0; j < i; j++) x[i] -= L[i][j] * x[j];
    x[i] = x[i] / L[i][i];
  }
}

int main(void) {
  double(*L)[N] = malloc(sizeof(double[N][N]));
  double *x = malloc(N * sizeof(double)), *b = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    x[i] = -999;
    b[i] = i;
    for (int j = 0; j <= i; j++) L[i][j] = (double)(i + N - j + 1) * 2 / N;
  }
  kernel_trisolv(N, L, x, b);
  double s = 0;
  for (int i = 0; i < N; i++) s += x[i];
  printf("sum %.12e x[N-1] %.12e\n", s, x[N - 1]);
  free(L), free(x), free(b);
  return 0;
}
