/* durbin: Levinson-Durbin recursion for a Toeplitz system (scalar recurrences, a reversed index, a temporary vector). */
#include <stdio.h>
#include <stdlib.h>

#define N 1200

static void kernel_durbin(int n, double r[N], double y[N], double z[N]) {
  double alpha = -r[0], beta = 1.0;
  y[0] = -r[0];
  for (int k = 1; k < n; k++) {
    beta = (1 - alpha * alpha) * beta;
    double sum = 0.0;
    for (int i = 0; i < k; i++) sum += r[k - i - 1] * y[i];
    alpha = -(r[k] + sum) / beta;
    for (int i = 0; i < k; i++) z[i] = y[i] + alpha * y[k - i - 1];
    for (int i = 0; i < k; i++) y[i] = z[i];
    y[k] = alpha;
  }
}

int main(void) {
  double *r = malloc(N * sizeof(double)), *y = malloc(N * sizeof(double)), *z = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) r[i] = 0.5 / (i + 2.0);
  kernel_durbin(N, r, y, z);
  double s = 0;
  for (int i = 0; i < N; i++) s += y[i];
  printf("sum %.12e y[N-1] %.12e\n", s, y[N - 1]);
  free(r), free(y), free(z);
  return 0;
}
