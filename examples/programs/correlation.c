/* correlation: mean and standard deviation per column, normalization, then the correlation matrix. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define M 220
#define N 240

static void kernel_correlation(int m, int n, double float_n, double data[N][M], double corr[M][M],
                               double mean[M], double stddev[M]) {
  double eps = 0.1;
  for (int j = 0; j < m; j++) {
    mean[j] = 0.0;
    for (int i = 0; i < n; i++) mean[j] += data[i][j];
    mean[j] /= float_n;
  }
  for (int j = 0; j < m; j++) {
    stddev[j] = 0.0;
    for (int i = 0; i < n; i++) stddev[j] += (data[i][j] - mean[j]) * (data[i][j] - mean[j]);
    stddev[j] /= float_n;
    stddev[j] = sqrt(stddev[j]);
    stddev[j] = stddev[j] <= eps ? 1.0 : stddev[j];
  }
  for (int i = 0; i < n; i++)
    for (int j = 0; j < m; j++) {
      data[i][j] -= mean[j];
      data[i][j] /= sqrt(float_n) * stddev[j];
    }
  for (int i = 0; i < m - 1; i++) {
    corr[i][i] = 1.0;
    for (int j = i + 1; j < m; j++) {
      corr[i][j] = 0.0;
      for (int k = 0; k < n; k++) corr[i][j] += (data[k][i] * data[k][j]);
      corr[j][i] = corr[i][j];
    }
  }
  corr[m - 1][m - 1] = 1.0;
}

int main(void) {
  double(*data)[M] = malloc(sizeof(double[N][M])), (*corr)[M] = malloc(sizeof(double[M][M]));
  double *mean = malloc(M * sizeof(double)), *stddev = malloc(M * sizeof(double));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < M; j++) data[i][j] = (double)(i * j) / M + i;
  kernel_correlation(M, N, (double)N, data, corr, mean, stddev);
  double s = 0;
  for (int i = 0; i < M; i++)
    for (int j = 0; j < M; j++) s += corr[i][j];
  printf("sum %.12e corr[2][5] %.12e\n", s, corr[2][5]);
  free(data), free(corr), free(mean), free(stddev);
  return 0;
}
