/* difftest loop nest 27 (O2): crash: internal compiler error: pass 'scf-while-to-for' raised AttributeError: 'Ranges' object has no attribute '_steps' */
void kernel(int n, const float *restrict A, const float *restrict B, float *restrict C) {
  for (int i = 0; i < n; i += 1) {
    C[2 * i + 1] = (((A[2 * i + 0] * B[2 * i + 2]) - A[2 * i + 1]) + 1.25f);
  }
}
