# Mutating a list while iterating over it: behaviour is well defined.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = [1, 2, 3, 4]
for i, x in enumerate(c):
    c[i] = x * x
print(c)
d = [1, 2, 3]
it = iter(d)
print(next(it))
d.clear()
print(list(it))
e = [5, 6, 7]
it = iter(e)
e.insert(0, 4)
print(list(it))
