# Dict equality ignores order; ordering comparisons are not supported.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, a == {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0}, {1: [1]} == {1: [1]})
print(list(a) == list(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(a == [("x", 1), ("y", 2)], dict(a.items()) == a)
n = float("nan")
print({1: n} == {1: n}, {1: float("nan")} == {1: float("nan")})
