# Reflected operators and NotImplemented dispatch.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ called with", other)
        return self.__add__(other)
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), 4 * Money(2), Money(2) * 4, 10 - Money(3))
print(sum([Money(1), Money(2), Money(3)]))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * Money(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) - Money(2)
except TypeError as e:
    print("TypeError:", e)
class Sub(Money):
    def __radd__(self, other):
        return "Sub.__radd__ wins"
print(Money(1) + Sub(2))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right())
