/* covariance: column means, centering, then the upper triangle of data^T data / (n-1), mirrored. */
#include <stdio.h>
#include <stdlib.h>

#define M 240
#define N 260

static void kernel_covariance(int m, int n, double float_n, double data[N][M], double cov[M][M],
                              double mean[M]) {
  for (int j = 0; j < m; j++) {
    mean[j] = 0.0;
    for (int i = 0; i < n; i++) mean[j] += data[i][j];
    mean[j] /= float_n;
  }
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) data[i][j] -= mean[j];
  for (int i = 0; i < m; i++)
    for (int j = i; j < m; j++) {
      cov[i][j] = 0.0;
      for (int k = 0; k < n; k++) cov[i][j] += data[k][i] * data[k][j];
      cov[i][j] /= (float_n - 1.0);
      cov[j][i] = cov[i][j];
    }
}

int main(void) {
  double(*data)[M] = malloc(sizeof(double[N][M])), (*cov)[M] = malloc(sizeof(double[M][M]));
  double *mean = malloc(M * sizeof(double));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < M; j++) data[i][j] = ((double)i * j) / M;
  kernel_covariance(M, N, (double)N, data, cov, mean);
  double s = 0;
  for (int i = 0; i < M; i++)
    for (int j = 0; j < M; j++) s += cov[i][j];
  printf("sum %.12e cov[3][8] %.12e\n", s, cov[3][8]);
  free(data), free(cov), free(mean);
  return 0;
}
