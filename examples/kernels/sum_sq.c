/* Squared Euclidean norm, returned as a scalar. */
double sum_sq(int n, const double *x) {
  double s = 0.0;
  for (int i = 0; i < n; i++)
    s += x[i] * x[i];
  return s;
}
