# A namedtuple is a real tuple subclass: bases, equality with tuples, slicing, hashing, read-only fields.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(isinstance(p, tuple), P.__bases__, P.__mro__, p == (1, 2), (1, 2) == p, p + (3,), (0,) + p)
print(p * 2, 2 * p, hash(p) == hash((1, 2)), p[:1], type(p[:1]).__name__, sorted([P(2, 1), P(1, 5)]))
x, y = p
print(x, y, p.x, p._asdict(), p._replace(y=9), P._make([4, 5]), len(p), list(p), p.count(1), p.index(2))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", e)
print("%s and %s" % p, "{} {}".format(*p), dict([p]), set([p, P(1, 2)]))
print(max(P(1, 2), P(1, 3)), tuple(p), str(p), repr(P))
