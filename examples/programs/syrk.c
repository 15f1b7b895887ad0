/* syrk: C = alpha*A*A^T + beta*C on the lower triangle (j <= i). */
#include <stdio.h>
#include <stdlib.h>

#define N 200
#define M 160

static void kernel_syrk(int n, int m, double alpha, double beta, double C[N][N], double A[N][M]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j <= i; j++) C[i][j] *= beta;
    for (int k = 0; k < m; k++)
      for (int j = 0; j <= i; j++) C[i][j] += alpha * A[i][k] * A[j][k];
  }
}

int main(void) {
  double(*C)[N] = malloc(sizeof(double[N][N]));
  double(*A)[M] = malloc(sizeof(double[N][M]));
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < M; j++) A[i][j] = (double)((i * j + 1) % N) / N;
    for (int j = 0; j < N; j++) C[i][j] = (double)((i * j + 2) % M) / M;
  }
  kernel_syrk(N, M, 1.5, 1.2, C, A);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += C[i][j];
  printf("sum %.12e C[9][4] %.12e\n", s, C[9][4]);
  free(C), free(A);
  return 0;
}
