/* B = A^T for a rows x cols matrix. */
void transpose(int rows, int cols, const float *restrict A, float *restrict B) {
  for (int i = 0; i < rows; i++)
    for (int j = 0; j < cols; j++)
      B[j * rows + i] = A[i * cols + j];
}
