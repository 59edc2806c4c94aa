# Subset/superset comparisons and isdisjoint.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a <= a, a < a, a == {2, 1}, a != b)
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(a), b.issuperset(range(1, 3)))
print(a.isdisjoint({3}), a.isdisjoint([2]), set().isdisjoint(set()), set() <= a, set() < set())
c = {3, 4}
print(a < c, a > c, a <= c, a >= c, a == c)
print(frozenset(a) == a, frozenset(a) < b, a <= frozenset(b))
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
print([sorted(s) for s in sorted([{1, 2, 3}, {1}, {1, 2}], key=len)])
