# Method forms accept any iterables and multiple arguments.
a = {1, 2, 3}
print(sorted(a.union([3, 4], (5,), "")), sorted(a.union()))
print(sorted(a.intersection([2, 3, 4], range(3))), sorted(a.intersection()))
print(sorted(a.difference([1], {2})), sorted(a.symmetric_difference([3, 4, 4])))
b = set(a)
b.update([10], (11,), range(12, 14))
print(sorted(b))
b.intersection_update(range(5), [1, 2, 3, 11])
print(sorted(b))
b.difference_update({1}, [2])
print(sorted(b))
b.symmetric_difference_update([3, 4])
print(sorted(b))
print(a.union(a) is a, a.copy() == a, a.copy() is a)
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    a.union(5)
except TypeError as e:
    print("TypeError:", e)
