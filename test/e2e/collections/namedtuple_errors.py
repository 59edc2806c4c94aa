# namedtuple errors: wrong arguments to the class, bad field names, _make/_replace.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
P3 = namedtuple('P3', 'a b c', defaults=(3,))
P4 = namedtuple('P4', 'a b c d')
P0 = namedtuple('P0', '')
calls = [
    lambda: Point(1), lambda: Point(), lambda: P3(), lambda: P3(1), lambda: P4(),
    lambda: P4(d=1), lambda: P4(1, c=1), lambda: Point(1, 2, 3), lambda: P3(1, 2, 3, 4),
    lambda: P0(1), lambda: P0(1, 2), lambda: Point(1, 2, z=3), lambda: Point(1, x=3),
    lambda: Point(1, 2, x=3), lambda: Point(1, 2, 3, x=1), lambda: Point(z=1, x=1),
    lambda: Point._make([1]), lambda: Point._make([1, 2, 3]), lambda: Point._make(5),
    lambda: Point(1, 2)._replace(z=1), lambda: Point(1, 2)._replace(z=1, w=2, x=0),
    lambda: Point(1, 2)[2], lambda: Point(1, 2)['x'], lambda: Point(1, 2).index(5),
    lambda: Point(1, 2) + [3], lambda: Point(1, 2) * 'a', lambda: Point(1, 2) < 'ab',
    lambda: Point(1, 2) > [1],
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

for names in ['x def', 'x _y', 'x x', 'x 1y', ['x', 3], 'a b-c', 'for']:
    try:
        namedtuple('P', names)
    except ValueError as e:
        print('ValueError', e)
for typename in ['1P', 'def', 'has space', 7]:
    try:
        namedtuple(typename, 'x')
    except ValueError as e:
        print('ValueError', e)
for call in (lambda: namedtuple('P', 'x', defaults=(1, 2)), lambda: namedtuple('P', 5),
             lambda: namedtuple('P', 'x', defaults=5)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(namedtuple('P', ['a', 'a', 'class', '_b', '2'], rename=True)._fields)
print(namedtuple('P', 'x y', rename=True)._fields, P3(1, 2, c=None))
