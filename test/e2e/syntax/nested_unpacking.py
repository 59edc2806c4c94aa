# Nested targets in assignments and for loops.
(a, b), (c, d) = (1, 2), [3, 4]
print(a, b, c, d)
[x, (y, [z, w])] = 1, (2, [3, 4])
print(x, y, z, w)
data = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
matrix = [[1, 2], [3, 4]]
((p, q), (r, s)) = matrix
print(p + s, q + r)
class Box:
    pass
box = Box()
lst = [0, 0]
box.first, lst[1] = "attr", "item"
print(box.first, lst)
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
