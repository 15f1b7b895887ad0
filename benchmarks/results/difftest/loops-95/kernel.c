/* difftest loop nest 95 (O2): crash: internal compiler error: in difftest (loop nest): SyntaxError: invalid syntax */
void kernel(int n, const double *restrict A, const double *restrict B, double *restrict C) {
  for (int i = 0; i < n; i += 1) {
    C[2 * i + 1] += (A[i + 1] - A[i + 0]);
  }
}
