/* 2mm: D = alpha*A*B*C + beta*D, through a temporary tmp = alpha*A*B. */
#include <stdio.h>
#include <stdlib.h>

#define NI 100
#define NJ 110
#define NK 120
#define NL 130

static void init(int ni, int nj, int nk, int nl, double A[NI][NK], double B[NK][NJ], double C[NJ][NL],
                 double D[NI][NL]) {
  for (int i = 0; i < ni; i++)
    for (int k = 0; k < nk; k++) A[i][k] = (double)((i * k + 1) % ni) / ni;
  for (int k = 0; k < nk; k++)
    for (int j = 0; j < nj; j++) B[k][j] = (double)(k * (j + 1) % nj) / nj;
  for (int j = 0; j < nj; j++)
    for (int l = 0; l < nl; l++) C[j][l] = (double)((j * (l + 3) + 1) % nl) / nl;
  for (int i = 0; i < ni; i++)
    for (int l = 0; l < nl; l++) D[i][l] = (double)(i * (l + 2) % nk) / nk;
}

static void kernel_2mm(int ni, int nj, int nk, int nl, double alpha, double beta, double tmp[NI][NJ],
                       double A[NI][NK], double B[NK][NJ], double C[NJ][NL], double D[NI][NL]) {
  for (int i = 0; i < ni; i++)
    for (int j = 0; j < nj; j++) {
      tmp[i][j] = 0.0;
      for (int k = 0; k < nk; ++k) tmp[i][j] += alpha * A[i][k] * B[k][j];
    }
  for (int i = 0; i < ni; i++)
    for (int l = 0; l < nl; l++) {
      D[i][l] *= beta;
      for (int j = 0; j < nj; ++j) D[i][l] += tmp[i][j] * C[j][l];
    }
}

int main(void) {
  double(*tmp)[NJ] = malloc(sizeof(double[NI][NJ]));
  double(*A)[NK] = malloc(sizeof(double[NI][NK]));
  double(*B)[NJ] = malloc(sizeof(double[NK][NJ]));
  double(*C)[NL] = malloc(sizeof(double[NJ][NL]));
  double(*D)[NL] = malloc(sizeof(double[NI][NL]));
  init(NI, NJ, NK, NL, A, B, C, D);
  kernel_2mm(NI, NJ, NK, NL, 1.5, 1.2, tmp, A, B, C, D);
  double sum = 0.0;
  for (int i = 0; i < NI; i++)
    for (int l = 0; l < NL; l++) sum += D[i][l];
  printf("sum %.12e D[3][7] %.12e\n", sum, D[3][7]);
  free(tmp);
  free(A);
  free(B);
  free(C);
  free(D);
  return 0;
}
