# fractions: Fraction from ints, Fractions, floats and strings; normalization, keywords and constructor errors
from fractions import Fraction


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


show(Fraction)
show(Fraction, 7)
show(Fraction, -7)
show(Fraction, 6, 4)
show(Fraction, 6, -4)
show(Fraction, -6, -4)
show(Fraction, 0, -5)
show(Fraction, 10 ** 30, 4 * 10 ** 29)
show(Fraction, True)
show(Fraction, True, True)
show(Fraction, numerator=3, denominator=6)
show(Fraction, 3, None)
show(Fraction, Fraction(3, 4))
show(Fraction, Fraction(3, 4), Fraction(5, 6))
show(Fraction, Fraction(3, 4), 3)
show(Fraction, 2, Fraction(2, 3))
for x in [0.5, -0.1, 1e-10, 123.0, 1e22, 0.0, -0.0]:
    show(Fraction, x)
for s in ['3/4', ' -1.5e-3 ', '7', '+7', '-0', '1.', '.5', '0.125', '1e3',
          '1E-2', '-1.25E+2', ' \t3/6\n', '1_000', '1_0/2_0', '1.2_5e1_0',
          '٣/٤', '00012', '3/-4', '1 /2', '1/ 2', '1/2.0', '.', '', '-',
          '1e', 'e5', '1.5.2', '1/2/3', '_1', '1_', '1__0', '1._5', 'x',
          '- 1', '1e1.5', '0x10', 'inf', 'nan', '1/0', '-3/0', '0/0']:
    show(Fraction, s)
show(Fraction, -3, 0)
show(Fraction, Fraction(3, 2), 0)
show(Fraction, Fraction(3, 2), Fraction(0))
show(Fraction, float('inf'))
show(Fraction, float('-inf'))
show(Fraction, float('nan'))
show(Fraction, None)
show(Fraction, [1])
show(Fraction, 1.5, 2)
show(Fraction, 1, 2.0)
show(Fraction, '1', 2)
show(Fraction, 1j)
show(Fraction.from_float, 0.1)
show(Fraction.from_float, 3)
show(Fraction.from_float, True)
show(Fraction.from_float, '1')
show(Fraction.from_float, Fraction(1, 2))
show(Fraction.from_float, float('nan'))

f = Fraction(-6, 8)
print(f.numerator, f.denominator, f.as_integer_ratio(), f._numerator)
print(type(f.numerator).__name__, type(Fraction(True).numerator).__name__)
try:
    f.numerator = 5
except AttributeError as e:
    print('AttributeError')
try:
    f.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Money(Fraction):
    def cents(self):
        return round(self * 100)


m = Money(1999, 1000)
print(repr(m), m.cents(), type(m).__name__, type(m + 1).__name__,
      type(-m).__name__, repr(Money.from_float(0.25)), isinstance(m, Fraction))
print(Fraction(1, 2).__reduce__() == (Fraction, (1, 2)), m.__reduce__()[1])
