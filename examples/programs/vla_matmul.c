/* C99 variable-length array parameters: row strides come from the arguments at run time. */
#include <stdio.h>
#include <stdlib.h>

static void kernel_vla_matmul(int n, int m, int p, double C[n][p], double A[n][m], double B[m][p]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < p; j++) {
      double s = 0.0;
      for (int k = 0; k < m; k++) s += A[i][k] * B[k][j];
      C[i][j] = s;
    }
}

static void kernel_vla_scale(int n, int m, double A[n][m], double s) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) A[i][j] *= s;
}

int main(int argc, char **argv) {
  int n = 110, m = 120, p = 130;
  if (argc > 1) n = atoi(argv[1]);
  double(*A)[m] = malloc(sizeof(double) * n * m);
  double(*B)[p] = malloc(sizeof(double) * m * p);
  double(*C)[p] = malloc(sizeof(double) * n * p);
  for (int i = 0; i < n; i++)
    for (int k = 0; k < m; k++) A[i][k] = (double)((i * k + 1) % 19) / 19;
  for (int k = 0; k < m; k++)
    for (int j = 0; j < p; j++) B[k][j] = (double)((k + j * 3) % 23) / 23;
  kernel_vla_scale(n, m, A, 0.5);
  kernel_vla_matmul(n, m, p, C, A, B);
  double s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < p; j++) s += C[i][j];
  printf("sum %.12e C[4][5] %.12e\n", s, C[4][5]);
  free(A), free(B), free(C);
  return 0;
}
