/* Runs a model exported with `mlc-compile --target cpu --emit c-lib` through model.h, with no Python:
 *
 *   check_model DIR
 *
 * reads DIR/input<i>.bin (raw bytes of each input, as model.h describes them), runs the model, and
 * compares each output with DIR/expected<i>.bin: float32 and float64 within 1e-4 relative + 1e-5
 * absolute, other dtypes exactly. Prints one line per output and exits 0 when all match. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

static void *read_file(const char *dir, const char *stem, int i, size_t nbytes) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s%d.bin", dir, stem, i);
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "cannot open %s\n", path);
    exit(2);
  }
  void *data = malloc(nbytes ? nbytes : 1);
  if (fread(data, 1, nbytes, f) != nbytes) {
    fprintf(stderr, "%s: expected %zu bytes\n", path, nbytes);
    exit(2);
  }
  fclose(f);
  return data;
}

static double worst_error(const mlc_tensor_desc *d, const void *got, const void *want) {
  double worst = 0;
  for (size_t k = 0; k < d->num_elements; ++k) {
    double g, w;
    if (!strcmp(d->dtype, "float32")) {
      g = ((const float *)got)[k];
      w = ((const float *)want)[k];
    } else if (!strcmp(d->dtype, "float64")) {
      g = ((const double *)got)[k];
      w = ((const double *)want)[k];
    } else {
      if (memcmp((const char *)got + k * d->element_size, (const char *)want + k * d->element_size,
                 d->element_size))
        return INFINITY;
      continue;
    }
    double err = fabs(g - w) / (1e-5 + 1e-4 * fabs(w));
    if (!(err <= worst)) worst = err; /* NaN counts as the worst */
  }
  return worst;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  int32_t n_in = mlc_model_num_inputs(), n_out = mlc_model_num_outputs();
  const void **inputs = calloc(n_in + 1, sizeof *inputs);
  void **outputs = calloc(n_out + 1, sizeof *outputs);
  for (int32_t i = 0; i < n_in; ++i) inputs[i] = read_file(argv[1], "input", i, mlc_model_input(i)->nbytes);
  for (int32_t i = 0; i < n_out; ++i) outputs[i] = calloc(1, mlc_model_output(i)->nbytes + 1);
  if (mlc_model_input(n_in) != NULL || mlc_model_output(-1) != NULL) {
    fprintf(stderr, "descriptors out of range are not NULL\n");
    return 1;
  }
  mlc_model *model = mlc_model_create();
  if (!model || mlc_model_run(model, inputs, outputs) != 0) {
    fprintf(stderr, "run failed: %s\n", model ? mlc_model_error(model) : "out of memory");
    return 1;
  }
  int ok = 1;
  for (int32_t i = 0; i < n_out; ++i) {
    const mlc_tensor_desc *d = mlc_model_output(i);
    void *want = read_file(argv[1], "expected", i, d->nbytes);
    double err = worst_error(d, outputs[i], want);
    printf("output %d %s %s rank %d elements %zu: worst error %.3g of tolerance\n", i, d->name, d->dtype,
           d->rank, d->num_elements, err);
    ok &= err <= 1.0;
    free(want);
  }
  mlc_model_destroy(model);
  return ok ? 0 : 1;
}
