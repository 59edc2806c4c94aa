/* fib: recursive Fibonacci; the C reference for fib.py (same algorithm,
 * same input, byte-identical output). */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>

static int64_t fib(int64_t n) {
  if (n < 2)
    return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  int64_t n = 40;
  printf("fib(%" PRId64 ") = %" PRId64 "\n", n, fib(n));
  return 0;
}
