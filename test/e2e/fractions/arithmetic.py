# fractions: + - * / // % ** divmod with ints, Fractions, floats and complexes, reflected and unary forms, zero division
from fractions import Fraction as F


def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


a = F(3, 4)
b = F(-5, 6)
for x, y in [(a, b), (b, a), (a, 2), (2, a), (a, True), (a, 0.5), (1.5, b),
             (F(7, 2), F(2, 3)), (F(-7, 2), F(2, 3)), (F(7, 2), F(-2, 3))]:
    print(repr(x + y), repr(x - y), repr(x * y), repr(x / y))
    print(repr(x // y), repr(x % y), repr(divmod(x, y)))
print(repr(a + 1j), repr(1j * a), repr(a - (1 + 2j)), repr((2 + 0j) / a))
print(repr(-a), repr(+b), repr(abs(b)), repr(abs(a)), repr(-F(0)))
print(repr(F(1, 3) + F(1, 6)), repr(F(1, 3) - F(1, 3)), repr(F(2, 3) * F(3, 2)))
print(repr(sum([F(1, n) for n in range(1, 11)])))
print(repr(sum([F(1, 3)] * 3, F(0))))

# powers
for p in [0, 1, 2, 3, -1, -2, -3, True, F(2), F(-2)]:
    print(repr(F(-2, 3) ** p), end=' ')
print()
show(lambda: F(1, 4) ** F(1, 2))
show(lambda: F(-1, 4) ** F(1, 2))
show(lambda: F(9, 4) ** 0.5)
show(lambda: 4 ** F(1, 2))
show(lambda: 2 ** F(3))
show(lambda: 2 ** F(-2))
show(lambda: 2.0 ** F(2))
show(lambda: 2.0 ** F(-1))
show(lambda: F(2, 3) ** F(-2, 1))
show(lambda: F(0) ** -1)
show(lambda: F(0) ** -3)
show(lambda: 0 ** F(-1))
show(lambda: F(0) ** 0)
show(lambda: F(1, 2) ** 'x')
show(lambda: 'x' ** F(1, 2))
show(lambda: 'x' ** F(2))

# division by zero and type errors
show(lambda: F(3, 2) / 0)
show(lambda: F(-3, 2) / F(0))
show(lambda: F(0) / F(0))
show(lambda: 5 / F(0))
show(lambda: F(3, 2) // 0)
show(lambda: F(3, 2) % 0)
show(lambda: divmod(F(3, 2), F(0)))
show(lambda: F(3, 2) / 0.0)
show(lambda: 1.5 % F(0))
show(lambda: F(3, 2) // 0.0)
show(lambda: F(1, 2) + 'x')
show(lambda: 'x' - F(1, 2))
show(lambda: F(1, 2) * [1])
show(lambda: [1] * F(2))
show(lambda: F(1, 2) // 1j)
show(lambda: F(1, 2) + None)

x = F(1, 10)
total = F(0)
for _ in range(10):
    total += x
print(repr(total), total == 1, 0.1 * 10 == 1.0)
total -= F(1, 2)
total *= 4
total /= F(3)
total //= F(1, 5)
total **= 2
print(repr(total))
