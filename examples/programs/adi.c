/* adi: alternating-direction implicit heat solver (time loop, forward sweeps, then sweeps that count down). */
#include <stdio.h>
#include <stdlib.h>

#define N 160
#define T 20

static void kernel_adi(int tsteps, int n, double u[N][N], double v[N][N], double p[N][N], double q[N][N]) {
  double dx = 1.0 / n, dt = 1.0 / tsteps;
  double mul1 = 2.0 * dt / (dx * dx), mul2 = dt / (dx * dx);
  double a = -mul1 / 2, b = 1 + mul1, c = a, d = -mul2 / 2, e = 1 + mul2, f = d;
  for (int t = 1; t <= tsteps; t++) {
    for (int i = 1; i < n - 1; i++) {
      v[0][i] = 1.0;
      p[i][0] = 0.0;
      q[i][0] = v[0][i];
      for (int j = 1; j < n - 1; j++) {
        p[i][j] = -c / (a * p[i][j - 1] + b);
        q[i][j] = (-d * u[j][i - 1] + (1 + 2 * d) * u[j][i] - f * u[j][i + 1] - a * q[i][j - 1]) /
                  (a * p[i][j - 1] + b);
      }
      v[n - 1][i] = 1.0;
      for (int j = n - 2; j >= 1; j--) v[j][i] = p[i][j] * v[j + 1][i] + q[i][j];
    }
    for (int i = 1; i < n - 1; i++) {
      u[i][0] = 1.0;
      p[i][0] = 0.0;
      q[i][0] = u[i][0];
      for (int j = 1; j < n - 1; j++) {
        p[i][j] = -f / (d * p[i][j - 1] + e);
        q[i][j] = (-a * v[i - 1][j] + (1 + 2 * a) * v[i][j] - c * v[i + 1][j] - d * q[i][j - 1]) /
                  (d * p[i][j - 1] + e);
      }
      u[i][n - 1] = 1.0;
      for (int j = n - 2; j >= 1; j--) u[i][j] = p[i][j] * u[i][j + 1] + q[i][j];
    }
  }
}

int main(void) {
  double(*u)[N] = malloc(sizeof(double[N][N])), (*v)[N] = calloc(N, sizeof(double[N]));
  double(*p)[N] = calloc(N, sizeof(double[N])), (*q)[N] = calloc(N, sizeof(double[N]));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) u[i][j] = (double)(i + N - j) / N;
  kernel_adi(T, N, u, v, p, q);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += u[i][j];
  printf("sum %.12e u[3][4] %.12e\n", s, u[3][4]);
  free(u), free(v), free(p), free(q);
  return 0;
}
