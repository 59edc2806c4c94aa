# Different ways of importing from math, and calling with ints and bools.
import math
import math as m
from math import sqrt, floor as fl, pi
print(math.sqrt(16), m.sqrt(16), sqrt(16), fl(2.7), pi == m.pi)
print(m.floor(-0.5), math.ceil(True), sqrt(False))
print(math.gcd(m.factorial(10), 2**20), m.isqrt(10**20))
def hyp(a, b):
    return sqrt(a * a + b * b)
print(hyp(3, 4), hyp(1.5, 2), hyp(2**30, 2**30))
print(m.trunc(-2.9), math.fabs(-2), m.copysign(1, -0.0))
