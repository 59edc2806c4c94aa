# math.sqrt is correctly rounded; math.isqrt is exact for big ints.
import math
for v in [0, 1, 2, 4, 9, 10, 0.25, 1e-300, 1e300, 2**52, 123456789]:
    print(v, math.sqrt(v))
print(math.sqrt(-0.0), math.sqrt(float("inf")), math.sqrt(float("nan")))
print(math.sqrt(2) * math.sqrt(2), math.sqrt(2)**2 == 2)
print(math.sqrt(10**200), math.sqrt(2**1000))
for v in [0, 1, 3, 4, 15, 16, 17, 99, 100, 101, 2**62, 2**64 - 1, 10**40, 10**40 - 1]:
    print(v, math.isqrt(v))
n = 2**200 + 12345
r = math.isqrt(n)
print(r, r * r <= n and n < (r + 1) * (r + 1))
print(math.isqrt(True))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError:", e)
