# Tuple literals, the one-element comma, indexing and slicing.
t = (1, 2.5, "three", None, (4, 5))
print(t, len(t), t[0], t[-1], t[-1][1], t[1:3], t[::-1], t[::2])
print((), (1,), (1), 1, 2, tuple(), type(()).__name__, type((1,)).__name__)
e = ()
print(len(e), e == (), e[:], bool(e), bool((0,)))
x = 1, 2, 3
print(x, type(x).__name__)
print(t[10:], t[-100:2])
try:
    t[5]
except IndexError as err:
    print("IndexError:", err)
try:
    t["a"]
except TypeError as err:
    print("TypeError:", err)
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested[1]))
print((1, 2) + (3,), (0,) * 4, 2 * ("a", "b"), () * 5)
for v in (10, 20):
    print("item", v)
print(3 in t, "three" in t, (4, 5) in t, 4 in t)
