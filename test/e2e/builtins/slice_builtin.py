# slice objects, indices(), and use with __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 7).indices(20))
print(list(range(10))[s], "abcdefghij"[slice(None, None, 3)], (0, 1, 2)[slice(-1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(slice(1, 2))
    print("slice is hashable in this version")
except TypeError as e:
    print("TypeError:", e)
