/* cholesky: in-place A = L L^T on the lower triangle (a square root per column, a division below it). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 240

static void kernel_cholesky(int n, double A[N][N]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < i; j++) {
      for (int k = 0; k < j; k++) A[i][j] -= A[i][k] * A[j][k];
      A[i][j] /= A[j][j];
    }
    for (int k = 0; k < i; k++) A[i][i] -= A[i][k] * A[i][k];
    A[i][i] = sqrt(A[i][i]);
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) A[i][j] = (i == j) ? 2.0 * N : 1.0 / (1 + i + j);
  kernel_cholesky(N, A);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j <= i; j++) s += A[i][j];
  printf("sum %.12e A[7][3] %.12e\n", s, A[7][3]);
  free(A);
  return 0;
}
