/* bicg: s = A^T r and q = A p in one sweep over A (the BiCG sub-kernel). */
#include <stdio.h>
#include <stdlib.h>

#define M 390
#define N 410

static void kernel_bicg(int m, int n, double A[N][M], double s[M], double q[N], double p[M], double r[N]) {
  for (int i = 0; i < m; i++) s[i] = 0;
  for (int i = 0; i < n; i++) {
    q[i] = 0.0;
    for (int j = 0; j < m; j++) {
      s[j] = s[j] + r[i] * A[i][j];
      q[i] = q[i] + A[i][j] * p[j];
    }
  }
}

int main(void) {
  double(*A)[M] = malloc(sizeof(double[N][M]));
  double *s = malloc(M * sizeof(double)), *q = malloc(N * sizeof(double));
  double *p = malloc(M * sizeof(double)), *r = malloc(N * sizeof(double));
  for (int i = 0; i < M; i++) p[i] = (double)(i % M) / M;
  for (int i = 0; i < N; i++) {
    r[i] = (double)(i % N) / N;
    for (int j = 0; j < M; j++) A[i][j] = (double)(i * (j + 1) % N) / N;
  }
  kernel_bicg(M, N, A, s, q, p, r);
  double ss = 0, sq = 0;
  for (int i = 0; i < M; i++) ss += s[i];
  for (int i = 0; i < N; i++) sq += q[i];
  printf("s %.12e q %.12e\n", ss, sq);
  free(A), free(s), free(q), free(p), free(r);
  return 0;
}
