# Constructing instances while the class changes underneath: a replaced
# __init__, one added to a base, a __new__ added later, __init__ returning
# a value, defaults and keywords, and subclasses sharing a base __init__.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


ps = [P(i, i * 2) for i in range(3)]
print(ps)


def init2(self, x, y):
    self.x = -x
    self.y = -y


P.__init__ = init2
print(P(1, 2))
del P.__init__
try:
    P(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__)


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


print(Child(5).v, Base(6).v)


def base_init(self, v):
    self.v = v * 100


Base.__init__ = base_init
print(Child(5).v, Base(6).v)


class Counted:
    made = 0

    def __init__(self, tag):
        self.tag = tag


for i in range(3):
    Counted(i)


def counting_new(cls, *args):
    cls.made += 1
    return object.__new__(cls)


Counted.__new__ = counting_new
c = Counted("a")
Counted("b")
print(Counted.made, c.tag)


class Bad:
    def __init__(self):
        return 42


for attempt in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)


class Defaults:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)


print(Defaults(1).t, Defaults(1, 5).t, Defaults(1, c=9).t, Defaults(a=7).t)
try:
    Defaults()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x)
        if isinstance(other, (int, float)):
            return Vec(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return Vec(other * 1000 + self.x)

    def __repr__(self):
        return "Vec(%r)" % (self.x,)


class SubVec(Vec):
    def __radd__(self, other):
        return SubVec(-1)


print(Vec(1) + Vec(2), Vec(1) + 2.5, 3 + Vec(1))
print(Vec(1) + SubVec(2))
try:
    Vec(1) + "s"
except TypeError as e:
    print("TypeError:", e)
Vec.__add__ = lambda self, other: "replaced"
print(Vec(1) + Vec(2))
