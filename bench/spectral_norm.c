/* spectral_norm: the spectral norm of A(i, j) = 1 / ((i + j) * (i + j + 1)
 * / 2 + i + 1) by the power method; the C reference for spectral_norm.py
 * (same algorithm, same inputs, byte-identical output). */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static double eval_a(int64_t i, int64_t j) {
  return 1.0 / (double)((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av(int64_t n, const double *v, double *out) {
  for (int64_t i = 0; i < n; i++) {
    double s = 0.0;
    for (int64_t j = 0; j < n; j++)
      s += eval_a(i, j) * v[j];
    out[i] = s;
  }
}

static void mul_atv(int64_t n, const double *v, double *out) {
  for (int64_t i = 0; i < n; i++) {
    double s = 0.0;
    for (int64_t j = 0; j < n; j++)
      s += eval_a(j, i) * v[j];
    out[i] = s;
  }
}

static void mul_atav(int64_t n, const double *v, double *out, double *tmp) {
  mul_av(n, v, tmp);
  mul_atv(n, tmp, out);
}

static double spectral_norm(int64_t n, int64_t rounds) {
  double *u = malloc((size_t)n * sizeof(double));
  double *v = malloc((size_t)n * sizeof(double));
  double *tmp = malloc((size_t)n * sizeof(double));
  if (!u || !v || !tmp) {
    fprintf(stderr, "out of memory\n");
    exit(1);
  }
  for (int64_t i = 0; i < n; i++) {
    u[i] = 1.0;
    v[i] = 0.0;
    tmp[i] = 0.0;
  }
  for (int64_t r = 0; r < rounds; r++) {
    mul_atav(n, u, v, tmp);
    mul_atav(n, v, u, tmp);
  }
  double vbv = 0.0;
  double vv = 0.0;
  for (int64_t i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  free(u);
  free(v);
  free(tmp);
  return sqrt(vbv / vv);
}

int main(void) {
  int64_t n = 1800;
  printf("n = %" PRId64 "\n", n);
  printf("%.9f\n", spectral_norm(n, 10));
  printf("%.9f\n", spectral_norm(n / 2, 5));
  return 0;
}
