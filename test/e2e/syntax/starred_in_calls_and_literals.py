# * and ** in calls and display literals.
def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)
args = [1, 2]
kw = {"c": 3, "z": 26}
print(f(*args), f(*args, **kw), f(*[1, 2, 3, 4, 5]), f(*"ab", **{"y": 25}))
print(f(0, *args, 9, *range(2)), f(**{"a": 1, "b": 2}))
print([*range(3), *"ab", *[None]], (*[1], *(2,)), {*"aab", *[1]} == {"a", "b", 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
print(*"spam")
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
