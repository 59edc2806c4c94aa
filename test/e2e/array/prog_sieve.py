# User program: prime sieve and prime gaps with compact byte/int arrays.
from array import array

N = 30000
sieve = array("B", [1]) * (N + 1)
sieve[0] = sieve[1] = 0
i = 2
while i * i <= N:
    if sieve[i]:
        start = i * i
        count = len(range(start, N + 1, i))
        sieve[start::i] = array("B", bytes(count))
    i += 1
primes = array("I", [k for k in range(N + 1) if sieve[k]])
print(len(primes), primes[:10], primes[-3:])
gaps = array("H", [primes[k + 1] - primes[k] for k in range(len(primes) - 1)])
print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))])
histogram = array("L", [0] * (max(gaps) + 1))
for g in gaps:
    histogram[g] += 1
print([(g, n) for g, n in enumerate(histogram) if n][:8])
twins = sum(1 for g in gaps if g == 2)
print("twin pairs:", twins, "bytes used:", len(sieve.tobytes()) + len(primes.tobytes()))
