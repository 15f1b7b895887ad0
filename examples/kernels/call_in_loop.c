/* Each iteration calls a function that writes global state: unknown memory effects. */
double call_log[64];
int call_count;

__attribute__((noinline)) double record(double v) {
  call_log[call_count++ & 63] = v;
  return v * 0.5;
}

void call_in_loop(int n, const double *restrict x, double *restrict y) {
  for (int i = 0; i < n; i++)
    y[i] = record(x[i]);
}
