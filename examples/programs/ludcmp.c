/* ludcmp: LU factorization, then forward and backward substitution (a loop that counts down, scalar accumulators). */
#include <stdio.h>
#include <stdlib.h>

#define N 220

static void kernel_ludcmp(int n, double A[N][N], double b[N], double x[N], double y[N]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < i; j++) {
      double w = A[i][j];
      for (int k = 0; k < j; k++) w -= A[i][k] * A[k][j];
      A[i][j] = w / A[j][j];
    }
    for (int j = i; j < n; j++) {
      double w = A[i][j];
      for (int k = 0; k < i; k++) w -= A[i][k] * A[k][j];
      A[i][j] = w;
    }
  }
  for (int i = 0; i < n; i++) {
    double w = b[i];
    for (int j = 0; j < i; j++) w -= A[i][j] * y[j];
    y[i] = w;
  }
  for (int i = n - 1; i >= 0; i--) {
    double w = y[i];
    for (int j = i + 1; j < n; j++) w -= A[i][j] * x[j];
    x[i] = w / A[i][i];
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  double *b = malloc(N * sizeof(double)), *x = malloc(N * sizeof(double)), *y = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    b[i] = (i + 1) / (double)N;
    for (int j = 0; j < N; j++) A[i][j] = (i == j) ? N : (double)((i + 2 * j) % 9) / 9;
  }
  kernel_ludcmp(N, A, b, x, y);
  double s = 0;
  for (int i = 0; i < N; i++) s += x[i];
  printf("sum %.12e x[0] %.12e\n", s, x[0]);
  free(A), free(b), free(x), free(y);
  return 0;
}
