# Extended iterable unpacking with a starred target.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
(j, *k), l = [1, 2, 3], 4
print(j, k, l)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
*m, = "hi"
print(m)
head, *_, tail = [10, 20, 30, 40]
print(head, tail)
try:
    p, *q, r = [1]
except ValueError as err:
    print("ValueError:", err)
