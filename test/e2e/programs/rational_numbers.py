# A Rational class with normalization, operators, hashing and ordering.
from math import gcd
class Rational:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Rational with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _coerce(o):
        if isinstance(o, Rational):
            return o
        if isinstance(o, int):
            return Rational(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Rational._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Rational(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Rational(-self.n, self.d)
    def __pow__(self, k):
        return Rational(self.n ** k, self.d ** k) if k >= 0 else Rational(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = Rational(0)
for k in range(1, 21):
    h += Rational(1, k)
print("H20 =", h, float(h))
print(Rational(6, -8), Rational(3, 4) + 1, 1 - Rational(1, 3), 2 * Rational(5, 6), Rational(1, 2) / Rational(3, 4))
print(Rational(2, 3) ** 3, Rational(2, 3) ** -2, -Rational(1, 5), Rational(4, 2) == 2, hash(Rational(4, 2)) == hash(2))
print(sorted([Rational(1, 2), Rational(1, 3), Rational(2, 3), Rational(-1, 7)]))
print(len({Rational(1, 2), Rational(2, 4), Rational(3, 6), Rational(1, 3)}))
e = Rational(0)
f = 1
for k in range(25):
    if k:
        f *= k
    e += Rational(1, f)
print("e ~", e.n, "/", e.d, float(e))
try:
    Rational(1, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    Rational(1, 2) + 0.5
except TypeError as err:
    print("TypeError:", err)
