/* C = A + B on fixed-size 32 x 40 matrices. */
void mat_add(const double A[restrict 32][40], const double B[restrict 32][40], double C[restrict 32][40]) {
  for (int i = 0; i < 32; i++)
    for (int j = 0; j < 40; j++)
      C[i][j] = A[i][j] + B[i][j];
}
