/* A 3x3 box blur repeated T times; each sweep writes tmp, then memcpy copies it back into img. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define T 8
#define H 200
#define W 220

static void kernel_blur(int t, int h, int w, float img[H][W], float tmp[H][W]) {
  for (int s = 0; s < t; s++) {
    for (int i = 1; i < h - 1; i++)
      for (int j = 1; j < w - 1; j++)
        tmp[i][j] = (img[i - 1][j - 1] + img[i - 1][j] + img[i - 1][j + 1] + img[i][j - 1] + img[i][j] +
                     img[i][j + 1] + img[i + 1][j - 1] + img[i + 1][j] + img[i + 1][j + 1]) *
                    (1.0f / 9.0f);
    for (int i = 1; i < h - 1; i++) memcpy(&img[i][1], &tmp[i][1], sizeof(float) * (w - 2));
  }
}

int main(void) {
  float(*img)[W] = malloc(sizeof(float[H][W])), (*tmp)[W] = malloc(sizeof(float[H][W]));
  for (int i = 0; i < H; i++)
    for (int j = 0; j < W; j++) img[i][j] = tmp[i][j] = (float)((i * 13 + j * 7) % 256);
  kernel_blur(T, H, W, img, tmp);
  double s = 0;
  for (int i = 0; i < H; i++)
    for (int j = 0; j < W; j++) s += img[i][j];
  printf("sum %.9e img[50][60] %.9e\n", s, (double)img[50][60]);
  free(img), free(tmp);
  return 0;
}
