/* gramschmidt: modified Gram-Schmidt QR (column norms with a square root, a division, triangular j loop). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define M 200
#define N 160

static void kernel_gramschmidt(int m, int n, double A[M][N], double R[N][N], double Q[M][N]) {
  for (int k = 0; k < n; k++) {
    double norm = 0;
    for (int i = 0; i < m; i++) norm += A[i][k] * A[i][k];
    R[k][k] = sqrt(norm);
    for (int i = 0; i < m; i++) Q[i][k] = A[i][k] / R[k][k];
    for (int j = k + 1; j < n; j++) {
      R[k][j] = 0;
      for (int i = 0; i < m; i++) R[k][j] += Q[i][k] * A[i][j];
      for (int i = 0; i < m; i++) A[i][j] -= Q[i][k] * R[k][j];
    }
  }
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[M][N]));
  double(*R)[N] = calloc(N, sizeof(double[N]));
  double(*Q)[N] = malloc(sizeof(double[M][N]));
  for (int i = 0; i < M; i++)
    for (int j = 0; j < N; j++) A[i][j] = ((double)((i * j) % M) / M) * 10 + (i == j);
  kernel_gramschmidt(M, N, A, R, Q);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += R[i][j];
  printf("sum %.12e Q[3][2] %.12e\n", s, Q[3][2]);
  free(A), free(R), free(Q);
  return 0;
}
