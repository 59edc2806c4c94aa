# All the ways to build a dict.
print(dict(), {}, dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"x": 1}, y=2))
print(dict(zip("abc", range(3))), dict(enumerate("xy")), dict([(1, 2)], **{"k": "v"}))
print(dict((i, i * i) for i in range(4)), {i: [] for i in "ab"})
print(dict(dict(a=1)), dict([]), dict(()))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a",)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError:", e)
