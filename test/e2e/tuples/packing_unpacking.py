# Tuple packing, unpacking in assignments, loops and returns.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, -3, 8])
print(lo, hi, minmax("hello"))
for i, (name, score) in enumerate([("ann", 9), ("ben", 7)]):
    print(i, name, score)
first, *rest = (1, 2, 3, 4)
*init, last = (1, 2, 3, 4)
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
single, = [42]
print(single)
[m, n] = (7, 8)
print(m, n)
t = 1,
print(t)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
def many():
    return 1, [2, 3], (4,)
u, [v, w], (s,) = many()
print(u, v, w, s)
