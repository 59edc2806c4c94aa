# fractions: round (banker's, with ndigits), floor/ceil/trunc/int/float/bool/complex, limit_denominator, str/repr/format
from fractions import Fraction as F
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 2), F(-1, 2), F(3, 2),
        F(10, 3), F(-10, 3), F(0), F(5), F(-5), F(999, 1000)]
for v in vals:
    print(str(v), round(v), math.floor(v), math.ceil(v), math.trunc(v),
          int(v), float(v), bool(v), complex(v))
    print(' ', type(round(v)).__name__, type(math.floor(v)).__name__,
          repr(v.__floor__()), repr(v.__ceil__()), repr(v.__trunc__()))
for n in [None, 0, 1, 2, 3, -1, -2]:
    print(n, repr(round(F(12345, 1000), n)), repr(round(F(-12355, 1000), n)),
          repr(round(F(25, 2), n)), repr(round(F(125), n)))
print(repr(F(1, 2).__round__()), repr(F(3, 2).__round__(None)))
print(float(F(10 ** 400, 3 * 10 ** 399)), float(F(1, 10 ** 400)),
      float(F(-1, 3)), float(F(2 ** 53 + 1)))
show(lambda: float(F(10 ** 400)))
print(repr(F(1, 2).real), repr(F(1, 2).imag), repr(F(-1, 2).conjugate()))

print(repr(F(math.pi).limit_denominator(100)), repr(F(math.pi).limit_denominator(1000)),
      repr(F(math.pi).limit_denominator()))
for f, m in [(F(0.1), 10), (F(-0.1), 10), (F(3, 7), 7), (F(1, 4), 3),
             (F(3, 4), 2), (F(1, 4), 2), (F(5, 8), 3), (F(1, 2), F(3)),
             (F(1.1), 1), (F(-1.1), 1), (F(2), 1), (F(127, 256), 100),
             (F(math.e), 10 ** 6), (F(10 ** 20 + 1, 10 ** 20), 10 ** 9)]:
    print(repr(f.limit_denominator(m)), end=' ')
print()
show(lambda: F(1, 3).limit_denominator(0))
show(lambda: F(1, 3).limit_denominator(-5))
print(repr(F(0.1).limit_denominator()))

for v in [F(3, 4), F(-3, 4), F(6, 3), F(0), F(-10 ** 20, 7)]:
    print(str(v), repr(v), '%s' % v, '{}'.format(v), f'{v}|{v!r}', format(v))
show(lambda: format(F(1, 2), '.2f'))
show(lambda: format(F(1, 2), '>10'))
print('%.3f %d %s' % (F(1, 3), F(7, 2), F(1, 3)))
print(str([F(1, 2), F(3)]), repr((F(1, 2),)))
