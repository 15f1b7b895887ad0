/* Row prefix sums (a recurrence along j, independent across rows) and an int histogram-free scan. */
#include <stdio.h>
#include <stdlib.h>

#define N 400
#define M 500

static void kernel_row_prefix(int n, int m, double A[N][M], double P[N][M]) {
  for (int i = 0; i < n; i++) {
    P[i][0] = A[i][0];
    for (int j = 1; j < m; j++) P[i][j] = P[i][j - 1] + A[i][j];
  }
}

static void kernel_col_prefix(int n, int m, double P[N][M]) {
  for (int i = 1; i < n; i++)
    for (int j = 0; j < m; j++) P[i][j] += P[i - 1][j];
}

int main(void) {
  double(*A)[M] = malloc(sizeof(double[N][M])), (*P)[M] = malloc(sizeof(double[N][M]));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < M; j++) A[i][j] = (double)((i * 3 + j) % 10) / 10;
  kernel_row_prefix(N, M, A, P);
  kernel_col_prefix(N, M, P);
  printf("P[N-1][M-1] %.12e P[10][20] %.12e\n", P[N - 1][M - 1], P[10][20]);
  free(A), free(P);
  return 0;
}
