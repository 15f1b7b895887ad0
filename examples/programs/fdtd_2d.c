/* fdtd-2d: a time loop around four field updates (row 0 from the input, then three stencils). */
#include <stdio.h>
#include <stdlib.h>

#define TMAX 20
#define NX 200
#define NY 240

static void kernel_fdtd_2d(int tmax, int nx, int ny, double ex[NX][NY], double ey[NX][NY], double hz[NX][NY],
                           double fict[TMAX]) {
  for (int t = 0; t < tmax; t++) {
    for (int j = 0; j < ny; j++) ey[0][j] = fict[t];
    for (int i = 1; i < nx; i++)
      for (int j = 0; j < ny; j++) ey[i][j] = ey[i][j] - 0.5 * (hz[i][j] - hz[i - 1][j]);
    for (int i = 0; i < nx; i++)
      for (int j = 1; j < ny; j++) ex[i][j] = ex[i][j] - 0.5 * (hz[i][j] - hz[i][j - 1]);
    for (int i = 0; i < nx - 1; i++)
      for (int j = 0; j < ny - 1; j++)
        hz[i][j] = hz[i][j] - 0.7 * (ex[i][j + 1] - ex[i][j] + ey[i + 1][j] - ey[i][j]);
  }
}

int main(void) {
  double(*ex)[NY] = malloc(sizeof(double[NX][NY])), (*ey)[NY] = malloc(sizeof(double[NX][NY]));
  double(*hz)[NY] = malloc(sizeof(double[NX][NY]));
  double *fict = malloc(TMAX * sizeof(double));
  for (int t = 0; t < TMAX; t++) fict[t] = (double)t;
  for (int i = 0; i < NX; i++)
    for (int j = 0; j < NY; j++) {
      ex[i][j] = ((double)i * (j + 1)) / NX;
      ey[i][j] = ((double)i * (j + 2)) / NY;
      hz[i][j] = ((double)i * (j + 3)) / NX;
    }
  kernel_fdtd_2d(TMAX, NX, NY, ex, ey, hz, fict);
  double s = 0;
  for (int i = 0; i < NX; i++)
    for (int j = 0; j < NY; j++) s += ex[i][j] + ey[i][j] + hz[i][j];
  printf("sum %.12e hz[1][2] %.12e\n", s, hz[1][2]);
  free(ex), free(ey), free(hz), free(fict);
  return 0;
}
