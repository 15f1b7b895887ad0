/* lu: in-place LU decomposition without pivoting (triangular bounds on both inner loops). */
#include <stdio.h>
#include <stdlib.h>

#define N 200

static void kernel_lu(int n, double A[N][N]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < i; j++) {
      for (int k = 0; k < j; k++) A[i][j] -= A[i][k] * A[k][j];
      A[i][j] /= A[j][j];
    }
    for (int j = i; j < n; j++)
      for (int k = 0; k < i; k++) A[i][j] -= A[i][k] * A[k][j];
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) A[i][j] = (i == j) ? N + 1.0 : (double)((i * j) % 7) / 7;
  kernel_lu(N, A);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += A[i][j];
  printf("sum %.12e A[5][3] %.12e\n", s, A[5][3]);
  free(A);
  return 0;
}
