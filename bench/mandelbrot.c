/* mandelbrot: escape-time iteration over a grid; the C reference for
 * mandelbrot.py (same algorithm, same inputs, byte-identical output).
 * Every float expression is written in the same order as in Python, so the
 * rounding, and hence the iteration counts, are the same. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static void mandelbrot(int64_t width, int64_t height, int64_t max_iter) {
  int64_t total = 0;
  int64_t inside = 0;
  double dx = 2.5 / (double)width;
  double dy = 2.5 / (double)height;
  for (int64_t y = 0; y < height; y++) {
    double ci = -1.25 + (double)y * dy;
    for (int64_t x = 0; x < width; x++) {
      double cr = -2.0 + (double)x * dx;
      double zr = 0.0;
      double zi = 0.0;
      int64_t it = 0;
      while (it < max_iter) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0)
          break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        it += 1;
      }
      total += it;
      if (it == max_iter)
        inside += 1;
    }
  }
  printf("iterations = %" PRId64 "\n", total);
  printf("inside = %" PRId64 "\n", inside);
}

int main(void) {
  mandelbrot(1200, 1000, 300);
  return 0;
}
