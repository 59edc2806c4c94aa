# Sieve of Eratosthenes plus a few prime-related statistics.
N = 20000
is_prime = [True] * (N + 1)
is_prime[0] = False
is_prime[1] = False
p = 2
while p * p <= N:
    if is_prime[p]:
        for m in range(p * p, N + 1, p):
            is_prime[m] = False
    p += 1
primes = []
for i in range(N + 1):
    if is_prime[i]:
        primes.append(i)
print("count:", len(primes))
print("first:", primes[0], primes[1], primes[2], primes[3], primes[4])
print("last:", primes[-3], primes[-2], primes[-1])
total = 0
for q in primes:
    total += q
print("sum:", total)
max_gap = 0
gap_at = 0
twins = 0
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    if g > max_gap:
        max_gap = g
        gap_at = primes[i - 1]
    if g == 2:
        twins += 1
print("max gap:", max_gap, "after", gap_at, "twin pairs:", twins)
product = 1
for q in primes:
    if q > 100:
        break
    product *= q
print("primorial(100):", product)
def is_prime_trial(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
print(is_prime_trial(2**31 - 1), is_prime_trial(2**32 + 1), is_prime_trial(999983))
