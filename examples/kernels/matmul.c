/* C = A * B on fixed-width row-major matrices (n x 64 times 64 x 48). */
void matmul(int n, const float A[restrict][64], const float B[restrict][48], float C[restrict][48]) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < 48; j++) {
      float acc = 0.0f;
      for (int k = 0; k < 64; k++)
        acc += A[i][k] * B[k][j];
      C[i][j] = acc;
    }
}
