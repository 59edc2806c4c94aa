# frozenset: immutable, hashable, usable as set element and dict key.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(frozenset(), repr(frozenset()), repr(set()), repr({5}), repr(frozenset({5})))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset("ab"): "ab", frozenset(): "empty"}
print(d[frozenset("ba")], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__, type(f.copy()).__name__)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(frozenset(f) is f, set(f) == f)
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(sorted(sorted(x) for x in nested))
