# enumerate with start values and over different iterables.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate(range(10, 13), start=2**64)))
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
e = enumerate(x * x for x in range(3))
print(next(e), list(e), type(e).__name__)
try:
    enumerate(5)
except TypeError as err:
    print("TypeError:", err)
