/* 3mm: G = (A*B) * (C*D), three matrix products with zero-initialized results. */
#include <stdio.h>
#include <stdlib.h>

#define N 96

static void init(int n, double A[N][N], double B[N][N], double C[N][N], double D[N][N]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      A[i][j] = (double)((i * j + 1) % n) / (5 * n);
      B[i][j] = (double)((i * (j + 1) + 2) % n) / (5 * n);
      C[i][j] = (double)(i * (j + 3) % n) / (5 * n);
      D[i][j] = (double)((i * (j + 2) + 2) % n) / (5 * n);
    }
}

static void kernel_3mm(int n, double E[N][N], double A[N][N], double B[N][N], double F[N][N], double C[N][N],
                       double D[N][N], double G[N][N]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      E[i][j] = 0.0;
      for (int k = 0; k < n; ++k) E[i][j] += A[i][k] * B[k][j];
    }
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      F[i][j] = 0.0;
      for (int k = 0; k < n; ++k) F[i][j] += C[i][k] * D[k][j];
    }
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      G[i][j] = 0.0;
      for (int k = 0; k < n; ++k) G[i][j] += E[i][k] * F[k][j];
    }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N])), (*B)[N] = malloc(sizeof(double[N][N]));
  double(*C)[N] = malloc(sizeof(double[N][N])), (*D)[N] = malloc(sizeof(double[N][N]));
  double(*E)[N] = malloc(sizeof(double[N][N])), (*F)[N] = malloc(sizeof(double[N][N]));
  double(*G)[N] = malloc(sizeof(double[N][N]));
  init(N, A, B, C, D);
  kernel_3mm(N, E, A, B, F, C, D, G);
  double sum = 0.0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) sum += G[i][j];
  printf("sum %.12e G[5][9] %.12e\n", sum, G[5][9]);
  free(A), free(B), free(C), free(D), free(E), free(F), free(G);
  return 0;
}
