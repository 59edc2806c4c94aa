# dataclasses: slots=True, make_dataclass(), match statements via __match_args__, __doc__
import copy
from dataclasses import dataclass, field, fields, make_dataclass


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = 'black'
    seen: int = field(default=0, init=False)

    def dist(self):
        return abs(self.x) + abs(self.y)


p = Pixel(3, -4)
print(p, p.dist(), Pixel.__slots__, hasattr(p, '__dict__'), Pixel.__qualname__)
try:
    p.alpha = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Pixel.__dict__['x']).__name__, 'color' in Pixel.__dict__)


@dataclass(slots=True)
class Pixel3(Pixel):
    z: int = 0


print(Pixel3(1, 2, z=3), Pixel3.__slots__)


@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: list = field(default_factory=list)


f = Frozen(1, [2])
g = copy.deepcopy(f)
print(g, g == f, g.b is not f.b, f.__getstate__())
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)


class HasSlots:
    __slots__ = ('v',)
    v: int


try:
    dataclass(slots=True)(HasSlots)
except TypeError as e:
    print(type(e).__name__, e)
print(dataclass(HasSlots)(7))

Point = make_dataclass('Point', ['x', ('y', int), ('z', int, field(default=0))],
                       namespace={'norm': lambda self: self.x + self.y + self.z},
                       order=True)
q = Point(1, 2)
print(q, q.norm(), Point(1, 3) > q, Point.__doc__, [f.type for f in fields(q)])
print(Point.__name__, Point.__qualname__, Point.__module__)
for spec in (['a b'], ['if'], ['a', 'a'], [('a',)], [(3, int)]):
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print(type(e).__name__, e)


def where(shape):
    match shape:
        case Pixel(0, 0):
            return 'origin'
        case Pixel(x, 0, color):
            return 'on x axis at %d (%s)' % (x, color)
        case Point(x, y, z=0):
            return 'flat point %d,%d' % (x, y)
        case _:
            return 'elsewhere'


for s in (Pixel(0, 0), Pixel(5, 0, 'red'), Point(1, 2), Point(1, 2, 3)):
    print(where(s))


@dataclass
class Documented:
    """Has its own docstring."""
    v: int


@dataclass(init=False)
class NoInit:
    v: int = 1


print(Documented.__doc__, NoInit.__doc__, Pixel.__doc__)
