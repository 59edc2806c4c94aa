# Chained assignment shares one object; tuple swap evaluates right side first.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
p, q = 1, 2
p, q = q, p
print(p, q)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, 99
print(i, lst)
r, s, t = 1, 2, 3
r, s, t = t, r, s
print(r, s, t)
m = n = [1, 2]
m, n[0] = [5], 7
print(m, n)
