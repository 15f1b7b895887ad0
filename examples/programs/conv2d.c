/* A valid 2-D convolution with a 5x5 filter (a windowed stencil with weights). */
#include <stdio.h>
#include <stdlib.h>

#define H 300
#define W 320
#define K 5

static void kernel_conv2d(int h, int w, float in[H][W], float filt[K][K], float out[H - K + 1][W - K + 1]) {
  for (int i = 0; i < h - K + 1; i++)
    for (int j = 0; j < w - K + 1; j++) {
      float s = 0.0f;
      for (int p = 0; p < K; p++)
        for (int q = 0; q < K; q++) s += in[i + p][j + q] * filt[p][q];
      out[i][j] = s;
    }
}

int main(void) {
  float(*in)[W] = malloc(sizeof(float[H][W]));
  float(*out)[W - K + 1] = malloc(sizeof(float[H - K + 1][W - K + 1]));
  float filt[K][K];
  for (int p = 0; p < K; p++)
    for (int q = 0; q < K; q++) filt[p][q] = (float)(p * K + q - 12) / 25.0f;
  for (int i = 0; i < H; i++)
    for (int j = 0; j < W; j++) in[i][j] = (float)((i * 3 + j * 5) % 29) / 29.0f;
  kernel_conv2d(H, W, in, filt, out);
  double s = 0;
  for (int i = 0; i < H - K + 1; i++)
    for (int j = 0; j < W - K + 1; j++) s += out[i][j];
  printf("sum %.9e out[7][9] %.9e\n", s, (double)out[7][9]);
  free(in), free(out);
  return 0;
}
