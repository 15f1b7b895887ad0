/* jacobi-1d: T sweeps of a 3-point stencil, ping-ponging between A and B (a time loop around parallel loops). */
#include <stdio.h>
#include <stdlib.h>

#define TSTEPS 100
#define N 4000

static void kernel_jacobi_1d(int tsteps, int n, double A[N], double B[N]) {
  for (int t = 0; t < tsteps; t++) {
    for (int i = 1; i < n - 1; i++) B[i] = 0.33333 * (A[i - 1] + A[i] + A[i + 1]);
    for (int i = 1; i < n - 1; i++) A[i] = 0.33333 * (B[i - 1] + B[i] + B[i + 1]);
  }
}

int main(void) {
  double *A = malloc(N * sizeof(double)), *B = malloc(N * sizeof(double));
  for (int i = 0; i < N; i++) {
    A[i] = ((double)i + 2) / N;
    B[i] = ((double)i + 3) / N;
  }
  kernel_jacobi_1d(TSTEPS, N, A, B);
  double s = 0;
  for (int i = 0; i < N; i++) s += A[i];
  printf("sum %.12e A[10] %.12e\n", s, A[10]);
  free(A), free(B);
  return 0;
}
