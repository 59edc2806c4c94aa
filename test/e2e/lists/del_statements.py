# del on list elements and slices (simple and extended).
a = list(range(12))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[100:]
print(a)
del a[:]
print(a)
try:
    del a[0]
except IndexError as e:
    print("IndexError:", e)
b = [1, 2, 3]
alias = b
del b
print(alias)
try:
    print(b)
except NameError as e:
    print("NameError:", e)
c = [[1, 2], [3, 4]]
del c[0][1], c[1]
print(c)
d = list(range(10))
del d[8:2:-2]
print(d)
