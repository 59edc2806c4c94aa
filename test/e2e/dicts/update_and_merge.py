# update() with dicts, pairs and keywords; the | and |= operators.
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ("a", 10)])
d.update(d=4, e=5)
d.update({"f": 6}, g=7)
d.update()
print(d)
x = {"k": 1, "m": 2}
y = {"m": 20, "n": 30}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [("p", 0)]
print(x)
z = {**y, "extra": True, **{"n": -1}}
print(z)
try:
    {} | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
