/* nbody: the Jovian planets orbiting the Sun; the C reference for nbody.py
 * (same algorithm, same inputs, byte-identical output). The bodies live in
 * separate arrays, as the Python version keeps them in separate lists, and
 * every float expression is written in the same order as in Python. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

#define N_BODIES 5
#define PI 3.141592653589793
#define SOLAR_MASS (4.0 * PI * PI)
#define DAYS_PER_YEAR 365.24

static void advance(int64_t n, double *x, double *y, double *z, double *vx,
                    double *vy, double *vz, const double *mass, double dt,
                    int64_t steps) {
  for (int64_t step = 0; step < steps; step++) {
    for (int64_t i = 0; i < n; i++) {
      double xi = x[i], yi = y[i], zi = z[i];
      double vxi = vx[i], vyi = vy[i], vzi = vz[i];
      double mi = mass[i];
      for (int64_t j = i + 1; j < n; j++) {
        double dx = xi - x[j];
        double dy = yi - y[j];
        double dz = zi - z[j];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * sqrt(d2));
        double mj = mass[j];
        vxi -= dx * mj * mag;
        vyi -= dy * mj * mag;
        vzi -= dz * mj * mag;
        vx[j] += dx * mi * mag;
        vy[j] += dy * mi * mag;
        vz[j] += dz * mi * mag;
      }
      vx[i] = vxi;
      vy[i] = vyi;
      vz[i] = vzi;
    }
    for (int64_t i = 0; i < n; i++) {
      x[i] += dt * vx[i];
      y[i] += dt * vy[i];
      z[i] += dt * vz[i];
    }
  }
}

static double energy(int64_t n, const double *x, const double *y,
                     const double *z, const double *vx, const double *vy,
                     const double *vz, const double *mass) {
  double e = 0.0;
  for (int64_t i = 0; i < n; i++) {
    e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
    for (int64_t j = i + 1; j < n; j++) {
      double dx = x[i] - x[j];
      double dy = y[i] - y[j];
      double dz = z[i] - z[j];
      e -= (mass[i] * mass[j]) / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void offset_momentum(int64_t n, double *vx, double *vy, double *vz,
                            const double *mass) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int64_t i = 0; i < n; i++) {
    px += vx[i] * mass[i];
    py += vy[i] * mass[i];
    pz += vz[i] * mass[i];
  }
  vx[0] = -px / SOLAR_MASS;
  vy[0] = -py / SOLAR_MASS;
  vz[0] = -pz / SOLAR_MASS;
}

int main(void) {
  int64_t steps = 3000000;
  /* Sun, Jupiter, Saturn, Uranus, Neptune. */
  double x[N_BODIES] = {0.0, 4.84143144246472090e+00, 8.34336671824457987e+00,
                        1.28943695621391310e+01, 1.53796971148509165e+01};
  double y[N_BODIES] = {0.0, -1.16032004402742839e+00,
                        4.12479856412430479e+00, -1.51111514016986312e+01,
                        -2.59193146099879641e+01};
  double z[N_BODIES] = {0.0, -1.03622044471123109e-01,
                        -4.03523417114321381e-01, -2.23307578892655734e-01,
                        1.79258772950371181e-01};
  double vx[N_BODIES] = {0.0, 1.66007664274403694e-03,
                         -2.76742510726862411e-03, 2.96460137564761618e-03,
                         2.68067772490389322e-03};
  double vy[N_BODIES] = {0.0, 7.69901118419740425e-03,
                         4.99852801234917238e-03, 2.37847173959480950e-03,
                         1.62824170038242295e-03};
  double vz[N_BODIES] = {0.0, -6.90460016972063023e-05,
                         2.30417297573763929e-05, -2.96589568540237556e-05,
                         -9.51592254519715870e-05};
  double mass[N_BODIES] = {1.0, 9.54791938424326609e-04,
                           2.85885980666130812e-04, 4.36624404335156298e-05,
                           5.15138902046611451e-05};
  int64_t n = N_BODIES;
  for (int64_t i = 0; i < n; i++) {
    vx[i] *= DAYS_PER_YEAR;
    vy[i] *= DAYS_PER_YEAR;
    vz[i] *= DAYS_PER_YEAR;
    mass[i] *= SOLAR_MASS;
  }
  offset_momentum(n, vx, vy, vz, mass);
  printf("%.9f\n", energy(n, x, y, z, vx, vy, vz, mass));
  advance(n, x, y, z, vx, vy, vz, mass, 0.01, steps);
  printf("%.9f\n", energy(n, x, y, z, vx, vy, vz, mass));
  return 0;
}
