# list.remove, list.pop with and without index, list.clear.
a = [5, 3, 7, 3, 9, 3, 11, 13]
a.remove(3)
print(a)
a.remove(3)
print(a)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
try:
    a.pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop(0)
except IndexError as e:
    print("IndexError:", e)
b = [1, 2, 3]
alias = b
b.clear()
print(b, alias, len(alias))
c = [1.0, 1, True]
c.remove(True)
print(c)
d = [[1], [2], [1]]
d.remove([1])
print(d)
nan = float("nan")
e = [nan, 1]
e.remove(nan)
print(e)
f = [float("nan"), 1]
try:
    f.remove(float("nan"))
except ValueError as err:
    print("ValueError:", err)
