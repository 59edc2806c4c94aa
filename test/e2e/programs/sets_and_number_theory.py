# Set algebra on integers (printing order), number theory with math, big ints, primes and perfect numbers.
import math

def primes_upto(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(sieve) if v]

P = primes_upto(200)
print(P, len(P))
evens = set(range(0, 60, 2))
threes = set(range(0, 60, 3))
print(evens & threes, evens - threes)
print(threes ^ {1, 2, 3, 100, 1000, 64, 33})
print(set([5, 1, 100, 33, 17, 8, 64, 1024, -1, -7]), {x * 37 % 101 for x in range(20)})
s = set(range(40))
for k in range(0, 40, 3):
    s.discard(k)
s.add(99); s.add(-5); s.add(200)
print(s, len(s), min(s), max(s))
print(frozenset([3, 1, 2]), {frozenset({1, 2}): "a"}, set("aaa"), set())
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3}.isdisjoint({4}), {1}.issuperset(set()))
u = {1, 2}
u |= {3}; u &= {2, 3, 4}; u -= {9}; u ^= {10}
print(u, u.pop(), sorted(u))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
print(math.gcd(462, 1071), math.lcm(4, 6, 10), math.factorial(25), math.comb(52, 5), math.perm(10, 3))
print(math.isqrt(10**30 + 12345), pow(3, 200, 1000007), pow(2, -1, 7), pow(7, 3), (-7) ** 3, 2 ** 0.5)
def is_perfect(n):
    return n == sum(d for d in range(1, n // 2 + 1) if n % d == 0)
print([n for n in range(2, 10000) if n % 2 == 0 and n in (6, 28, 496, 8128) and is_perfect(n)])
def factorize(n):
    f, d = [], 2
    while d * d <= n:
        while n % d == 0:
            f.append(d)
            n //= d
        d += 1
    if n > 1:
        f.append(n)
    return f
for n in (360, 97, 1001, 2 ** 31 - 1, 600851475143, 1):
    print(n, factorize(n))
big = math.factorial(50)
print(big, len(str(big)), big.bit_length(), big % 1000003, big // 10**60, str(big)[::-1][:10])
print(int("9" * 40) + 1, -(10**25) // 7, -(10**25) % 7, (10**25) >> 40, 1 << 100, ~(2**70), (2**70) & (2**69 + 5), (2**65) | 3, (2**65) ^ (2**64))
print(abs(-2**80), divmod(10**30, 12345), hash(10) == hash(10.0), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3), math.copysign(1, -0.0))
print(math.sqrt(2), math.exp(2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.tan(0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 8)), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.isinf(-math.inf), math.isnan(math.nan), math.inf > 10**400)
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(float(10**400 // 10**390), int(1e18), int(-3.99), int(2.5e15), (0.1).as_integer_ratio(), (2.5).is_integer())
print(sum(1 / k**2 for k in range(1, 1000)), math.pi ** 2 / 6)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
print(sorted({3: 1, 1: 2}.items()), dict.fromkeys(range(5), 0), {i: i * i for i in range(-3, 4)})
d = {k: k for k in range(10)}
for k in (2, 5, 7):
    del d[k]
d[5] = "back"; d[100] = 1
print(d, list(d)[-2:], d.pop(3), d.popitem(), d.get(42, "dflt"), d.setdefault(8, "no"), d.setdefault(77, "yes"))
