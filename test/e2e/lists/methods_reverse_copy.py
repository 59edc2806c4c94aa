# list.reverse (in place) and list.copy (shallow).
a = [1, 2, 3, 4, 5]
r = a.reverse()
print(a, r)
b = []
b.reverse()
print(b)
c = [[1, 2], [3]]
d = c.copy()
print(c == d, c is d, c[0] is d[0])
d[0].append(99)
d.append([4])
print(c, d)
e = a[:]
f = list(a)
e.append(0)
f.append(-1)
print(a, e, f)
g = [1, 2]
g.reverse()
g.reverse()
print(g)
h = list(range(10))
h[2:7] = reversed(h[2:7])
print(h)
