# Operator methods replaced, added and deleted between uses, on a class
# and on its base: every use sees the class as it is at that moment.
class Base:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return "Base.__sub__"


class Num(Base):
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return "Num(%r)" % (self.v,)


a, b = Num(1), Num(2)
for round_ in range(2):
    print(a + b, a + 10, a - b)
Num.__add__ = lambda self, other: "lambda add"
print(a + b, a + 1)
Base.__sub__ = lambda self, other: "new Base.__sub__"
print(a - b)
Num.__sub__ = lambda self, other, extra=0: ("Num.__sub__", extra)
print(a - b)
del Num.__sub__
print(a - b)
del Base.__sub__
try:
    a - b
except TypeError as e:
    print("TypeError:", e)
Base.__mul__ = lambda self, other: "mul from base"
print(a * b, a * 3)


def mul_with_args(*args):
    return ("varargs", len(args))


Num.__mul__ = mul_with_args
print(a * b)


class Callable:
    def __call__(self, this, other):
        return "callable object"


Num.__truediv__ = Callable()
try:
    print(a / b)
except TypeError as e:
    print("TypeError:", e)
Num.__truediv__ = staticmethod(lambda x, y: "static")
try:
    print(a / b)
except TypeError as e:
    print("TypeError:", e)
