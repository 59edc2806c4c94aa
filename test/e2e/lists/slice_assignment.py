# Assigning to simple and extended slices, growing and shrinking lists.
a = list(range(8))
a[2:4] = ["a", "b", "c"]
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[3:3] = "xy"
print(a)
a[:] = (7, 8, 9)
print(a)
b = list(range(10))
b[::2] = ["e0", "e1", "e2", "e3", "e4"]
print(b)
b[1::3] = [None] * 3
print(b)
b[::-4] = [1, 2, 3]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [0, 1, 2, 3, 4]
d[10:20] = ["end"]
d[-10:-8] = ["start"]
print(d)
e = [1, 2, 3, 4, 5, 6]
e[4:1:-1] = ["r1", "r2", "r3"]
print(e)
f = list(range(5))
f[1:4:1] = [9]
print(f)
