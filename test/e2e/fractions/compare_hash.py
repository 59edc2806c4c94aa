# fractions: comparisons with ints, floats, Fractions and complexes; hash equal to int/float hashes; dict and set keys
from fractions import Fraction as F
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


h = F(1, 2)
for other in [F(1, 2), F(2, 4), F(1, 3), 0, 1, 0.5, 0.25, 1.0, True, False,
              0.5 + 0j, 0.5 + 1j, float('inf'), float('-inf'),
              float('nan'), 'x', None]:
    print(repr(other), h == other, other == h, h != other)
for other in [F(1, 3), F(2, 3), 0, 1, 0.5, 0.4999, 0.5001, float('inf'),
              float('-inf'), float('nan'), True]:
    print(repr(other), h < other, h <= other, h > other, h >= other,
          other < h, other <= h, other > h, other >= h)
print(F(10 ** 30, 3) < 10 ** 29 * 3.4, F(1, 3) == 1 / 3, F(1, 3) < 1 / 3)
print(F(-7, 2) < -3, F(-7, 2) > -4, 2 ** 70 > F(2 ** 71, 3))
show(lambda: h < 'x')
show(lambda: 'x' >= h)
show(lambda: h > 1j)
show(lambda: h <= None)
print(sorted([F(1, 2), 0.3, 1, F(-1, 7), -2, F(5, 4), 0.75]))
print(max(F(1, 3), 0.33), min([F(9, 10), F(7, 8), 0.88]))

# hashes agree with equal ints and floats
pairs = [(F(1, 2), 0.5), (F(-1, 2), -0.5), (F(3), 3), (F(-1), -1),
         (F(0), 0), (F(10 ** 30), 10 ** 30), (F(-(10 ** 25)), -(10 ** 25)),
         (F(1, 1024), 1 / 1024), (F(3, 8), 0.375), (F(2 ** 70, 2 ** 10), 2 ** 60),
         (F(1e300), 1e300), (F(-7, 4), -1.75)]
for f, x in pairs:
    print(repr(f), hash(f) == hash(x), f == x)
print(hash(F(1, 3)) == hash(F(2, 6)), hash(F(1, 3)) == hash(F(-1, 3)))
print(hash(F(1, 2 ** 61 - 1)) == hash(math.inf),
      hash(F(-1, 2 ** 61 - 1)) == hash(-math.inf), hash(F(-1)) == -2)
print(type(hash(F(22, 7))).__name__)

d = {F(1, 2): 'a', F(2): 'b'}
d[0.5] = 'c'
d[2] = 'd'
d[F(3, 4)] = 'e'
print(d, len(d), d[0.75], F(1, 2) in {0.5}, 2.0 in d)
s = {F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, F(5, 3)}
print(len(s), sorted(s))
counts = {}
for x in [F(1, 2), F(2, 4), F(1, 3), F(3, 6), F(2, 6)]:
    counts[x] = counts.get(x, 0) + 1
print(sorted(counts.items()))
