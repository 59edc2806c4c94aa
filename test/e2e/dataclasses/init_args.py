# dataclasses: generated __init__ binds arguments like a def, with CPython's TypeError messages
from dataclasses import dataclass, field, KW_ONLY


def attempt(make):
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


attempt(lambda: Point(1, 2, ['a']))
attempt(lambda: Point(y=5, x=3))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, [], 4))
attempt(lambda: Point(1, 2, [], 4, z=1))
attempt(lambda: Point(1, x=2))
attempt(lambda: Point(1, z=2))
attempt(lambda: Point(1, self=2))
attempt(lambda: Point.__init__())


@dataclass
class Three:
    a: int
    b: int
    c: int


attempt(lambda: Three())
attempt(lambda: Three(1))
attempt(lambda: Three(1, 2, 3, 4))
attempt(lambda: Three(c=1))


@dataclass
class Options:
    name: str
    level: int = 1
    _: KW_ONLY
    verbose: bool
    depth: int = 3


attempt(lambda: Options('a', verbose=True))
attempt(lambda: Options('a', 2, verbose=False, depth=9))
attempt(lambda: Options('a'))
attempt(lambda: Options('a', 2, 3, verbose=True))
attempt(lambda: Options('a', 2, 3, verbose=True, depth=1))
attempt(lambda: Options('a', True, level=2))
print(Options.__match_args__)


@dataclass(kw_only=True)
class Keyed:
    a: int
    b: int = 2
    c: int = field(default=0, kw_only=False)


attempt(lambda: Keyed(a=1))
attempt(lambda: Keyed(7, a=1))
attempt(lambda: Keyed(1))
attempt(lambda: Keyed(1, 2, a=3))


@dataclass
class Me:
    self: int
    other: int = 0


attempt(lambda: Me(1, 2))
attempt(lambda: Me(other=1, self=2))
attempt(lambda: Me(1, self=2))


def make_local():
    @dataclass
    class Inner:
        v: int
    return Inner


Inner = make_local()
attempt(lambda: Inner())
attempt(lambda: Inner(4))
print(Inner.__init__.__qualname__, Inner.__init__.__name__, Point.__init__.__qualname__)


class Outer:
    @dataclass(frozen=True, order=True)
    class Nested:
        a: int = field(default=1, init=True, repr=True, hash=None, metadata=None)


attempt(lambda: Outer.Nested(1, 2))
print(Outer.Nested(), Outer.Nested.__init__.__qualname__, Outer.Nested() < Outer.Nested(2))
