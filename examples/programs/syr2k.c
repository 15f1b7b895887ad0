/* syr2k: C = alpha*(A*B^T + B*A^T) + beta*C on the lower triangle. */
#include <stdio.h>
#include <stdlib.h>

#define N 180
#define M 150

static void kernel_syr2k(int n, int m, double alpha, double beta, double C[N][N], double A[N][M],
                         double B[N][M]) {
  for (int i = 0; i < n; i++) {
    for (int j = 0; j <= i; j++) C[i][j] *= beta;
    for (int k = 0; k < m; k++)
      for (int j = 0; j <= i; j++) C[i][j] += A[j][k] * alpha * B[i][k] + B[j][k] * alpha * A[i][k];
  }
}

int main(void) {
  double(*C)[N] = malloc(sizeof(double[N][N]));
  double(*A)[M] = malloc(sizeof(double[N][M])), (*B)[M] = malloc(sizeof(double[N][M]));
  for (int i = 0; i < N; i++) {
    for (int j = 0; j < M; j++) {
      A[i][j] = (double)((i * j + 1) % N) / N;
      B[i][j] = (double)((i * j + 2) % M) / M;
    }
    for (int j = 0; j < N; j++) C[i][j] = (double)((i * j + 3) % N) / M;
  }
  kernel_syr2k(N, M, 1.5, 1.2, C, A, B);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += C[i][j];
  printf("sum %.12e C[17][3] %.12e\n", s, C[17][3]);
  free(C), free(A), free(B);
  return 0;
}
