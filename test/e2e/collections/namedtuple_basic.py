# collections.namedtuple: building, fields, tuple behaviour, helpers, subclassing.
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, Point(5, y=6), p.x, p.y, p[0], p[-1], p[:1], p[::-1])
x, y = p
print(x, y, list(p), tuple(q), len(p), 2 in p, 3 in p, [*p, *q])
print(Point._fields, Point.__name__, Point.__doc__, Point.x.__doc__)
print(p == (1, 2), (1, 2) == p, p != (1, 2), p == Point(1, 2), p == [1, 2])
print(hash(p) == hash((1, 2)), {p: 'a'}[(1, 2)], {(1, 2): 'b'}[p])
print(p < q, q <= p, p < (1, 3), (0, 9) < p, sorted([q, p, Point(0, 5)]))
print(p + (3,), p + q, p * 2, 2 * p, p.count(1), p.index(2), max(p), sum(q))
print(p._asdict(), p._replace(y=9), Point._make([7, 8]), Point._make(iter('ab')))
print(type(p) is Point, type(p).__name__, type(p._replace()).__name__)

P3 = namedtuple('P3', 'a, b c', defaults=[0, None])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3._fields)
print(namedtuple('Empty', '')(), namedtuple('Empty', [])._fields, bool(namedtuple('E', '')()))
Cls = namedtuple('Cls', 'x def class _y x', rename=True)
print(Cls._fields, Cls(1, 2, 3, 4, 5))
print(namedtuple('M', 'match case type')(1, 2, 3))
print(namedtuple('Mod', 'a', module='mymod').__module__, Point.__match_args__)
print(namedtuple('N', (n for n in 'abc'))._fields, namedtuple('T', 'x\ty\n z')._fields)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, Vec._fields, v._replace(x=0), isinstance(v, Vec))


class Pos(namedtuple('Pos', 'row col')):
    def __new__(cls, row, col=0):
        return super().__new__(cls, row, col)


print(Pos(3), Pos(1, 2), Pos._make([5, 6]))

match Point(0, 7):
    case Point(0, y):
        print('on the y axis at', y)
match Point(1, 1):
    case Point(x=a, y=b) if a == b:
        print('diagonal', a)

Emp = namedtuple('Emp', 'name dept salary')
staff = [Emp('ann', 'ops', 50), Emp('bob', 'dev', 70), Emp('cy', 'dev', 60)]
print(max(staff, key=lambda e: e.salary).name, sorted(staff, key=lambda e: (e.dept, e.name)))
print(dict(zip(*[('a', 'b'), (1, 2)])), [e._asdict()['dept'] for e in staff])
print(Point(x=[1], y={'k': 'v'}), namedtuple('R', 'a')(Point(1, 2)))
for v in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'x'), lambda: setattr(p, 'z', 1)):
    try:
        v()
    except AttributeError as e:
        print('AttributeError', e)
try:
    hash(Point([], 1))
except TypeError as e:
    print('TypeError', e)
