# Containers that contain themselves print [...] / (...) instead of
# recursing, as CPython's Py_ReprEnter makes them.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
b = [a, [a], (a,)]
print(b)
outer = []
t = (outer, 5)
outer.append(t)
print(outer, t)
x = [[]]
x[0].append(x)
print(x)
y = [0]
y[0] = y
print(y, y[0][0][0] is y)
print(f"{a}", "%s" % (a,), "{}".format(a))
