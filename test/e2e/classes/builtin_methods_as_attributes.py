# Builtin methods as class attributes bind; int/float/str.__format__ called
# explicitly; mappingproxy built from a mapping.
class I(int):
    pass


I.__str__ = int.__repr__
print(str(I(5)))


class J(int):
    __str__ = int.__repr__


print(str(J(6)))


class L(list):
    push = list.append


x = L()
x.push(1)
print(x)
print(int.__format__(5, "03d"), int.__format__(I(5), "03d"), str.__format__("a", ">3"),
      float.__format__(2.5, ".2f"), repr(int.__format__(7, "")))
try:
    int.__format__("a", "")
except TypeError as e:
    print("TypeError", e)
MP = type(type("C", (), {}).__dict__)
p = MP({"a": 1})
print(repr(p), p["a"], len(p), list(p), "a" in p)
for bad in ([1], 5):
    try:
        MP(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    p["b"] = 2
except TypeError as e:
    print("TypeError", e)
