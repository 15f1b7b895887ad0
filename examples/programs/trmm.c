/* trmm: B = alpha * A^T B with A unit lower triangular (k runs from i+1). */
#include <stdio.h>
#include <stdlib.h>

#define M 160
#define N 190

static void kernel_trmm(int m, int n, double alpha, double A[M][M], double B[M][N]) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      for (int k = i + 1; k < m; k++) B[i][j] += A[k][i] * B[k][j];
      B[i][j] = alpha * B[i][j];
    }
}

int main(void) {
  double(*A)[M] = malloc(sizeof(double[M][M]));
  double(*B)[N] = malloc(sizeof(double[M][N]));
  for (int i = 0; i < M; i++) {
    for (int j = 0; j < i; j++) A[i][j] = (double)((i + j) % M) / M;
    A[i][i] = 1.0;
    for (int j = i + 1; j < M; j++) A[i][j] = 0.0;
    for (int j = 0; j < N; j++) B[i][j] = (double)((N + (i - j)) % N) / N;
  }
  kernel_trmm(M, N, 1.5, A, B);
  double s = 0;
  for (int i = 0; i < M; i++)
    for (int j = 0; j < N; j++) s += B[i][j];
  printf("sum %.12e B[2][3] %.12e\n", s, B[2][3]);
  free(A), free(B);
  return 0;
}
