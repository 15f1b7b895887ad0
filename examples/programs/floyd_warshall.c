/* floyd-warshall: all-pairs shortest paths; the k loop is sequential, each (i, j) sweep a min-plus update. */
#include <stdio.h>
#include <stdlib.h>

#define N 180

static void kernel_floyd_warshall(int n, int path[N][N]) {
  for (int k = 0; k < n; k++)
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++)
        path[i][j] = path[i][j] < path[i][k] + path[k][j] ? path[i][j] : path[i][k] + path[k][j];
}

int main(void) {
  int(*path)[N] = malloc(sizeof(int[N][N]));
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      path[i][j] = i * j % 7 + 1;
      if ((i + j) % 13 == 0 || (i + j) % 7 == 0 || (i + j) % 11 == 0) path[i][j] = 999;
    }
  kernel_floyd_warshall(N, path);
  long s = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) s += path[i][j];
  printf("sum %ld path[3][100] %d\n", s, path[3][100]);
  free(path);
  return 0;
}
