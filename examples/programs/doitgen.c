/* doitgen: a 3-D tensor times a matrix along its last axis, through a per-row sum buffer. */
#include <stdio.h>
#include <stdlib.h>

#define NQ 40
#define NR 50
#define NP 60

static void kernel_doitgen(int nr, int nq, int np, double A[NR][NQ][NP], double C4[NP][NP], double sum[NP]) {
  for (int r = 0; r < nr; r++)
    for (int q = 0; q < nq; q++) {
      for (int p = 0; p < np; p++) {
        sum[p] = 0.0;
        for (int s = 0; s < np; s++) sum[p] += A[r][q][s] * C4[s][p];
      }
      for (int p = 0; p < np; p++) A[r][q][p] = sum[p];
    }
}

int main(void) {
  double(*A)[NQ][NP] = malloc(sizeof(double[NR][NQ][NP]));
  double(*C4)[NP] = malloc(sizeof(double[NP][NP]));
  double *sum = malloc(NP * sizeof(double));
  for (int i = 0; i < NR; i++)
    for (int j = 0; j < NQ; j++)
      for (int k = 0; k < NP; k++) A[i][j][k] = (double)((i * j + k) % NP) / NP;
  for (int i = 0; i < NP; i++)
    for (int j = 0; j < NP; j++) C4[i][j] = (double)(i * j % NP) / NP;
  kernel_doitgen(NR, NQ, NP, A, C4, sum);
  double s = 0;
  for (int i = 0; i < NR; i++)
    for (int j = 0; j < NQ; j++)
      for (int k = 0; k < NP; k++) s += A[i][j][k];
  printf("sum %.12e A[1][2][3] %.12e\n", s, A[1][2][3]);
  free(A), free(C4), free(sum);
  return 0;
}
