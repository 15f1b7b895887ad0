/* gemm: C = alpha*A*B + beta*C, with the beta scaling inside the i loop (an imperfect nest). */
#include <stdio.h>
#include <stdlib.h>

#define NI 120
#define NJ 130
#define NK 140

static void init(int ni, int nj, int nk, double *alpha, double *beta, double C[NI][NJ], double A[NI][NK],
                 double B[NK][NJ]) {
  *alpha = 1.5;
  *beta = 1.2;
  for (int i = 0; i < ni; i++)
    for (int j = 0; j < nj; j++) C[i][j] = (double)((i * j + 1) % ni) / ni;
  for (int i = 0; i < ni; i++)
    for (int k = 0; k < nk; k++) A[i][k] = (double)(i * (k + 1) % nk) / nk;
  for (int k = 0; k < nk; k++)
    for (int j = 0; j < nj; j++) B[k][j] = (double)(k * (j + 2) % nj) / nj;
}

static void kernel_gemm(int ni, int nj, int nk, double alpha, double beta, double C[NI][NJ], double A[NI][NK],
                        double B[NK][NJ]) {
  for (int i = 0; i < ni; i++) {
    for (int j = 0; j < nj; j++) C[i][j] *= beta;
    for (int k = 0; k < nk; k++)
      for (int j = 0; j < nj; j++) C[i][j] += alpha * A[i][k] * B[k][j];
  }
}

static void print_array(int ni, int nj, double C[NI][NJ]) {
  double sum = 0.0;
  for (int i = 0; i < ni; i++)
    for (int j = 0; j < nj; j++) sum += C[i][j];
  printf("sum %.12e first %.12e last %.12e\n", sum, C[0][0], C[ni - 1][nj - 1]);
}

int main(void) {
  double alpha, beta;
  double(*C)[NJ] = malloc(sizeof(double[NI][NJ]));
  double(*A)[NK] = malloc(sizeof(double[NI][NK]));
  double(*B)[NJ] = malloc(sizeof(double[NK][NJ]));
  init(NI, NJ, NK, &alpha, &beta, C, A, B);
  kernel_gemm(NI, NJ, NK, alpha, beta, C, A, B);
  print_array(NI, NJ, C);
  free(C);
  free(A);
  free(B);
  return 0;
}
