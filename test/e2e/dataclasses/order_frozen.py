# dataclasses: order=True comparisons, frozen instances and their inheritance rules
from dataclasses import dataclass, FrozenInstanceError


def attempt(action):
    try:
        print(action())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(0, 9, 9), Version(1, 2, 1), Version(1)]
print(sorted(vs))
print(max(vs), min(vs), Version(1) <= Version(1), Version(2) > Version(1, 9))
print(Version(1) >= Version(1, 0, 1), Version.__lt__.__qualname__)
attempt(lambda: Version(1) < (1, 0, 0))
attempt(lambda: Version(1) >= 3)


@dataclass(order=True)
class Other:
    major: int


attempt(lambda: Version(1) < Other(2))
attempt(lambda: dataclass(order=True, eq=False)(type('Bad', (), {})))


def clash():
    @dataclass(order=True)
    class C:
        v: int

        def __lt__(self, other):
            return True
attempt(clash)


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(1, 2)
attempt(lambda: setattr(p, 'x', 5))
attempt(lambda: setattr(p, 'z', 5))
attempt(lambda: delattr(p, 'y'))
print(p, p.moved(3), p.__setattr__.__qualname__)
print(p in {Point(1, 2)}, isinstance(FrozenInstanceError('m'), AttributeError))


@dataclass(frozen=True)
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), Point3(1, 2) == Point(1, 2))
attempt(lambda: setattr(Point3(1, 2), 'z', 9))


class Tagged(Point):
    pass


t = Tagged(1, 2)
t.label = 'free'
print(t.label, t)
attempt(lambda: setattr(t, 'x', 0))


@dataclass
class Mutable:
    v: int = 0


attempt(lambda: dataclass(frozen=True)(type('F', (Mutable,), {})))
attempt(lambda: dataclass(type('M', (Point,), {})))


def own_setattr():
    @dataclass(frozen=True)
    class F:
        v: int

        def __setattr__(self, name, value):
            pass
attempt(own_setattr)
