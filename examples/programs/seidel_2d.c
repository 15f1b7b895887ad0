/* seidel-2d: in-place 9-point Gauss-Seidel sweeps (every point depends on the ones just updated). */
#include <stdio.h>
#include <stdlib.h>

#define TSTEPS 10
#define N 200

static void kernel_seidel_2d(int tsteps, int n, double A[N][N]) {
  for (int t = 0; t <= tsteps - 1; t++)
    for (int i = 1; i <= n - 2; i++)
      for (int j = 1; j <= n - 2; j++)
        A[i][j] = (A[i - 1][j - 1] + A[i - 1][j] + A[i - 1][j + 1] + A[i][j - 1] + A[i][j] + A[i][j + 1] +
                   A[i + 1][j - 1] + A[i + 1][j] + A[i + 1][j + 1]) /
                  9.0;
}

int main(void) {
  double(*A)[N] = malloc(sizeof(double[N][N]));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) A[i][j] = ((double)i * (j + 2) + 2) / N;
  kernel_seidel_2d(TSTEPS, N, A);
  double s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += A[i][j];
  printf("sum %.12e A[9][9] %.12e\n", s, A[9][9]);
  free(A);
  return 0;
}
