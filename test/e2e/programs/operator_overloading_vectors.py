# Operator overloading: 2D vectors and matrices with dunder methods, hashing, total_ordering, properties.
import math
from functools import total_ordering

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

@total_ordering
class Money:
    def __init__(self, cents):
        self._cents = cents
    @property
    def dollars(self):
        return self._cents / 100
    @dollars.setter
    def dollars(self, v):
        if v < 0:
            raise ValueError("negative money")
        self._cents = round(v * 100)
    def __eq__(self, o):
        return self._cents == o._cents
    def __lt__(self, o):
        return self._cents < o._cents
    def __str__(self):
        return f"${self._cents // 100}.{self._cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __len__(self):
        return len(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)

a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a), a / 2)
print(a == Vec(3, 4), a != b, bool(Vec()), bool(b), list(a), a[1], tuple(b))
x, y = a
print(x, y)
s = {Vec(1, 1), Vec(1, 1), Vec(2, 1)}
print(len(s), Vec(2, 1) in s)
c = a
c += b
print(c, a, c is a)
try:
    a.z = 5
except AttributeError as e:
    print("AttributeError", e)
m = Money(1999)
print(m, m.dollars, f"[{m:>10}]", f"[{m:<10}]")
m.dollars = 5.5
print(m)
try:
    m.dollars = -1
except ValueError as e:
    print(e)
print(Money(5) < Money(7), Money(5) >= Money(7), Money(3) <= Money(3), Money(9) > Money(1))
print(sorted([Money(300), Money(25), Money(1000)], reverse=True)[0])
print(max(Money(1), Money(2)))
fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10, (fibm ** 90).rows[0][1], len(fibm), 0 in fibm, 5 in fibm)
print(Matrix([[1, 2], [3, 4]]) @ Matrix([[5, 6], [7, 8]]))
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a + 1
except AttributeError as e:
    print("AttributeError", e)
