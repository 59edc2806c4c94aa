# max/min with iterables, several arguments, key= and default=.
print(max(3, 1, 2), min(3, 1, 2), max([1.5, -2, 7]), min("hello"), max("abc", "abd"), min([[2], [1, 9]]))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len), max([-3, 2, -5], key=abs))
print(max([], default="empty"), min([], default=None), max([5], default=0), max(iter([1, 4, 2])))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([True, 1]), max(range(10), key=lambda x: x % 4))
print(max(1, 2, key=lambda x: -x), max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))
for args in [([],), ((),), (5,), ([1, "a"],)]:
    try:
        print(max(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
