/* gemver: a rank-2 update of A, then x = beta*A^T y + z and w = alpha*A x. */
#include <stdio.h>
#include <stdlib.h>

#define N 400

static void kernel_gemver(int n, double alpha, double beta, double A[N][N], double u1[N], double v1[N],
                          double u2[N], double v2[N], double w[N], double x[N], double y[N], double z[N]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) A[i][j] = A[i][j] + u1[i] * v1[j] + u2[i] * v2[j];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) x[i] = x[i] + beta * A[j][i] * y[j];
  for (int i = 0; i < n; i++) x[i] = x[i] + z[i];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) w[i] = w[i] + alpha * A[i][j] * x[j];
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  double *v[8];
  for (int k = 0; k < 8; k++) v[k] = malloc(N * sizeof(double));
  double fn = N;
  for (int i = 0; i < N; i++) {
    v[0][i] = i, v[1][i] = ((i + 1) / fn) / 2.0, v[2][i] = ((i + 1) / fn) / 4.0, v[3][i] = ((i + 1) / fn) / 6.0;
    v[6][i] = ((i + 1) / fn) / 8.0, v[7][i] = ((i + 1) / fn) / 9.0, v[5][i] = 0.0, v[4][i] = 0.0;
    for (int j = 0; j < N; j++) A[i][j] = (double)(i * j % N) / N;
  }
  kernel_gemver(N, 1.5, 1.2, A, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  double s = 0;
  for (int i = 0; i < N; i++) s += v[4][i];
  printf("w %.12e x[3] %.12e\n", s, v[5][3]);
  free(A);
  for (int k = 0; k < 8; k++) free(v[k]);
  return 0;
}
