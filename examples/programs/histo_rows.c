/* Row sums into a zero-initialized buffer: clang turns the zeroing loop into memset. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 300
#define M 350

static void kernel_row_col_sums(int n, int m, double A[N][M], double rows[N], double cols[M]) {
  memset(rows, 0, sizeof(double) * n);
  for (int j = 0; j < m; j++) cols[j] = 0.0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) {
      rows[i] += A[i][j];
      cols[j] += A[i][j];
    }
}

int main(void) {
  double(*A)[M] = malloc(sizeof(double[N][M]));
  double *rows = malloc(N * sizeof(double)), *cols = malloc(M * sizeof(double));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < M; j++) A[i][j] = (double)((i * 7 + j * 3) % 11) / 11;
  kernel_row_col_sums(N, M, A, rows, cols);
  double s = 0;
  for (int i = 0; i < N; i++) s += rows[i];
  for (int j = 0; j < M; j++) s += 2 * cols[j];
  printf("sum %.12e rows[4] %.12e cols[5] %.12e\n", s, rows[4], cols[5]);
  free(A), free(rows), free(cols);
  return 0;
}
