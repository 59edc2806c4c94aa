/* loops: nested integer loops; the C reference for loops.py (same
 * algorithm, same inputs, byte-identical output). All values stay
 * non-negative, so C's % agrees with Python's. */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static void nested(int64_t n) {
  int64_t total = 0;
  int64_t h = 1;
  for (int64_t i = 0; i < n; i++) {
    for (int64_t j = 0; j < n; j++) {
      int64_t t = (i * j) % 7;
      total += t;
      if (t == 3)
        h = (h * 31 + j) % 1000003;
    }
  }
  printf("total = %" PRId64 "\n", total);
  printf("hash = %" PRId64 "\n", h);
}

static void countdown(int64_t n) {
  int64_t acc = 0;
  for (int64_t k = n - 1; k > -1; k -= 3)
    acc = (acc * 7 + k) % 999983;
  printf("countdown = %" PRId64 "\n", acc);
}

int main(void) {
  int64_t n = 12000;
  nested(n);
  countdown(n * 1000);
  return 0;
}
