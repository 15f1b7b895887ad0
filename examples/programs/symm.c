/* symm: C = alpha*A*B + beta*C with A symmetric and only its lower triangle stored (a scalar carried across the k loop). */
#include <stdio.h>
#include <stdlib.h>

#define M 160
#define N 180

static void kernel_symm(int m, int n, double alpha, double beta, double C[M][N], double A[M][M],
                        double B[M][N]) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      double acc = 0;
      for (int k = 0; k < i; k++) {
        C[k][j] += alpha * B[i][j] * A[i][k];
        acc += B[k][j] * A[i][k];
      }
      C[i][j] = beta * C[i][j] + alpha * B[i][j] * A[i][i] + alpha * acc;
    }
}

int main(void) {
  double(*C)[N] = malloc(sizeof(double[M][N]));
  double(*A)[M] = malloc(sizeof(double[M][M]));
  double(*B)[N] = malloc(sizeof(double[M][N]));
  for (int i = 0; i < M; i++) {
    for (int j = 0; j < N; j++) {
      C[i][j] = (double)((i + j) % 50) / 50;
      B[i][j] = (double)((N + i - j) % 30) / 30;
    }
    for (int j = 0; j < M; j++) A[i][j] = (double)((i * j + 3) % 40) / 40;
  }
  kernel_symm(M, N, 1.25, 0.75, C, A, B);
  double s = 0;
  for (int i = 0; i < M; i++)
    for (int j = 0; j < N; j++) s += C[i][j];
  printf("sum %.12e C[11][6] %.12e\n", s, C[11][6]);
  free(C), free(A), free(B);
  return 0;
}
