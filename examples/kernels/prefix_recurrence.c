/* a[i] = a[i - 1] * r + b[i]: a loop-carried dependence through memory, and b may alias a. */
void prefix_recurrence(int n, double r, double *a, const double *b) {
  for (int i = 1; i < n; i++)
    a[i] = a[i - 1] * r + b[i];
}
