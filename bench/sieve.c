/* sieve: the sieve of Eratosthenes; the C reference for sieve.py (same
 * algorithm, same inputs, byte-identical output). A fresh array of bools is
 * allocated each round, as the Python version builds a fresh list. */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t sieve(int64_t limit) {
  bool *is_prime = malloc((size_t)(limit + 1) * sizeof(bool));
  if (!is_prime) {
    fprintf(stderr, "out of memory\n");
    exit(1);
  }
  for (int64_t i = 0; i <= limit; i++)
    is_prime[i] = true;
  is_prime[0] = false;
  is_prime[1] = false;
  for (int64_t p = 2; p * p <= limit; p++) {
    if (is_prime[p]) {
      for (int64_t m = p * p; m < limit + 1; m += p)
        is_prime[m] = false;
    }
  }
  int64_t count = 0;
  for (int64_t i = 0; i < limit + 1; i++) {
    if (is_prime[i])
      count += 1;
  }
  free(is_prime);
  return count;
}

int main(void) {
  int64_t limit = 2000000;
  int64_t rounds = 60;
  int64_t total = 0;
  for (int64_t r = 0; r < rounds; r++) {
    int64_t count = sieve(limit - r * 1000);
    total += count;
    if (r % 10 == 0)
      printf("primes up to %" PRId64 ": %" PRId64 "\n", limit - r * 1000,
             count);
  }
  printf("total = %" PRId64 "\n", total);
  return 0;
}
