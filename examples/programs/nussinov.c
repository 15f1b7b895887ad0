/* nussinov: RNA folding by dynamic programming (the outer loop counts down, max over conditional candidates). */
#include <stdio.h>
#include <stdlib.h>

#define N 300

#define MAX(a, b) ((a) >= (b) ? (a) : (b))

static void kernel_nussinov(int n, const char seq[N], int T[N][N]) {
  for (int i = n - 1; i >= 0; i--) {
    for (int j = i + 1; j < n; j++) {
      if (j - 1 >= 0) T[i][j] = MAX(T[i][j], T[i][j - 1]);
      if (i + 1 < n) T[i][j] = MAX(T[i][j], T[i + 1][j]);
      if (j - 1 >= 0 && i + 1 < n) {
        int pair = (i < j - 1 && seq[i] + seq[j] == 3) ? 1 : 0;
        T[i][j] = MAX(T[i][j], T[i + 1][j - 1] + pair);
      }
      for (int k = i + 1; k < j; k++) T[i][j] = MAX(T[i][j], T[i][k] + T[k + 1][j]);
    }
  }
}

int main(void) {
  char *seq = malloc(N);
  int(*T)[N] = calloc(N, sizeof(int[N]));
  for (int i = 0; i < N; i++) seq[i] = (char)((i * 7 + 1) % 4);
  kernel_nussinov(N, seq, T);
  long s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += T[i][j];
  printf("sum %ld T[0][N-1] %d\n", s, T[0][N - 1]);
  free(seq), free(T);
  return 0;
}
