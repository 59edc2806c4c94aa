# dataclasses: inherited fields come first, redefinitions keep their place with the new default
from dataclasses import dataclass, field, fields


@dataclass
class Base:
    x: int = 1
    y: int = 2
    log: list = field(default_factory=list)

    def __post_init__(self):
        self.log.append('base')


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10

    def __post_init__(self):
        super().__post_init__()
        self.log.append('derived')


d = Derived()
print(d, [f.name for f in fields(d)], Derived.__match_args__)
print(Derived(0, 0, [], 5), Derived.__doc__)
print(Base() == Derived(1, 2), isinstance(d, Base))


class Mixin:
    def describe(self):
        return '%s with %d fields' % (type(self).__name__, len(fields(self)))


@dataclass
class Shape(Mixin):
    name: str


@dataclass
class Circle(Shape):
    r: float = 1.0

    def area(self):
        return round(3.14159 * self.r ** 2, 3)


c = Circle('disk', 2.0)
print(c, c.area(), c.describe(), Circle.__mro__[1].__name__)


class Plain(Circle):
    def __init__(self, r):
        super().__init__('plain', r)


p = Plain(3)
print(p, p.area(), fields(Plain)[1].name, Plain.__init__.__qualname__)


@dataclass
class Labeled(Plain):
    label: str = 'L'


print(Labeled('n', 1.5), Labeled.__init__.__qualname__)


@dataclass
class WithRepr:
    a: int

    def __repr__(self):
        return 'custom(%d)' % self.a


@dataclass
class Sub(WithRepr):
    b: int = 0


print(WithRepr(1), Sub(1, 2))


def bad():
    @dataclass
    class Req(Base):
        w: int
try:
    bad()
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class A:
    a: int = 0


@dataclass
class B:
    b: int = 1


@dataclass
class AB(A, B):
    c: int = 2


print(AB(), [f.name for f in fields(AB)])
