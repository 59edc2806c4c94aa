# functools.total_ordering: operators derived from each root, NotImplemented.
from functools import total_ordering


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def table(cls):
    a, b, c = cls(1), cls(2), cls(1)
    print(cls.__name__, [a < b, a <= b, a > b, a >= b, a <= c, a >= c, a < c, a > c,
                         b < a, b > a])


@total_ordering
class Lt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


@total_ordering
class Le:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __le__(self, o):
        return self.v <= o.v


@total_ordering
class Gt:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        return self.v > o.v


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ge__(self, o):
        return self.v >= o.v


for cls in (Lt, Le, Gt, Ge):
    table(cls)
print(Lt.__gt__.__name__, Ge.__lt__.__name__)
print(sorted([Lt(3), Lt(1), Lt(2)], reverse=True)[0].v, max(Ge(4), Ge(9)).v)


@total_ordering
class Both:
    # defines two; the missing two come from __lt__
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __gt__(self, o):
        return 'own gt'


print(Both(1) > Both(2), Both(1) <= Both(1), Both(2) >= Both(1))


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if not isinstance(o, Base):
            return NotImplemented
        return self.v < o.v


@total_ordering
class Derived(Base):
    pass


print(Derived(1) >= Derived(2), Derived(1) <= Derived(1))
show(lambda: Derived(1) >= 5)
show(lambda: Derived(1) <= 'x')
show(lambda: total_ordering(type('Plain', (), {})))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


vs = [Version(s) for s in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), Version('2.0') >= Version('1.99'))
