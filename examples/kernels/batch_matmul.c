/* b independent 16 x 16 matrix products. */
void batch_matmul(int b, const float A[restrict][16][16], const float B[restrict][16][16], float C[restrict][16][16]) {
  for (int t = 0; t < b; t++)
    for (int i = 0; i < 16; i++)
      for (int j = 0; j < 16; j++) {
        float s = 0.0f;
        for (int k = 0; k < 16; k++)
          s += A[t][i][k] * B[t][k][j];
        C[t][i][j] = s;
      }
}
