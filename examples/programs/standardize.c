/* Mean and variance of each row, then elementwise normalization (a reduction followed by a map). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define R 256
#define C 512

static void kernel_standardize(int r, int c, float X[R][C], float mean[R], float var[R]) {
  for (int i = 0; i < r; i++) {
    float s = 0.0f;
    for (int j = 0; j < c; j++) s += X[i][j];
    mean[i] = s / c;
  }
  for (int i = 0; i < r; i++) {
    float s = 0.0f;
    for (int j = 0; j < c; j++) s += (X[i][j] - mean[i]) * (X[i][j] - mean[i]);
    var[i] = s / c;
  }
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++) X[i][j] = (X[i][j] - mean[i]) / sqrtf(var[i] + 1e-5f);
}

int main(void) {
  float(*X)[C] = malloc(sizeof(float[R][C]));
  float *mean = malloc(R * sizeof(float)), *var = malloc(R * sizeof(float));
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) X[i][j] = (float)((i * 5 + j * 11) % 37) / 37.0f + (float)i / R;
  kernel_standardize(R, C, X, mean, var);
  double s = 0, a = 0;
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) s += X[i][j], a += fabs(X[i][j]);
  printf("sum %.6e abs %.9e X[3][4] %.9e var[7] %.9e\n", s, a, (double)X[3][4], (double)var[7]);
  free(X), free(mean), free(var);
  return 0;
}
