/* deriche: recursive edge-detection filter (scalar recurrences along rows and columns, forward and backward passes). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define W 256
#define H 192

static void kernel_deriche(int w, int h, float alpha, float in[W][H], float out[W][H], float y1[W][H],
                           float y2[W][H]) {
  float k = (1.0f - expf(-alpha)) * (1.0f - expf(-alpha)) / (1.0f + 2.0f * alpha * expf(-alpha) - expf(2.0f * alpha));
  float a1 = k, a2 = k * expf(-alpha) * (alpha - 1.0f), a3 = k * expf(-alpha) * (alpha + 1.0f), a4 = -k * expf(-2.0f * alpha);
  float b1 = powf(2.0f, -alpha), b2 = -expf(-2.0f * alpha);
  for (int i = 0; i < w; i++) {
    float ym1 = 0, ym2 = 0, xm1 = 0;
    for (int j = 0; j < h; j++) {
      y1[i][j] = a1 * in[i][j] + a2 * xm1 + b1 * ym1 + b2 * ym2;
      xm1 = in[i][j];
      ym2 = ym1;
      ym1 = y1[i][j];
    }
  }
  for (int i = 0; i < w; i++) {
    float yp1 = 0, yp2 = 0, xp1 = 0, xp2 = 0;
    for (int j = h - 1; j >= 0; j--) {
      y2[i][j] = a3 * xp1 + a4 * xp2 + b1 * yp1 + b2 * yp2;
      xp2 = xp1;
      xp1 = in[i][j];
      yp2 = yp1;
      yp1 = y2[i][j];
    }
  }
  for (int i = 0; i < w; i++)
    for (int j = 0; j < h; j++) out[i][j] = y1[i][j] + y2[i][j];
}

int main(void) {
  float(*in)[H] = malloc(sizeof(float[W][H])), (*out)[H] = malloc(sizeof(float[W][H]));
  float(*y1)[H] = malloc(sizeof(float[W][H])), (*y2)[H] = malloc(sizeof(float[W][H]));
  for (int i = 0; i < W; i++)
    for (int j = 0; j < H; j++) in[i][j] = (float)((313 * i + 991 * j) % 65536) / 65535.0f;
  kernel_deriche(W, H, 0.25f, in, out, y1, y2);
  double s = 0;
  for (int i = 0; i < W; i++)
    for (int j = 0; j < H; j++) s += out[i][j];
  printf("sum %.6e out[5][7] %.6e\n", s, out[5][7]);
  free(in), free(out), free(y1), free(y2);
  return 0;
}
