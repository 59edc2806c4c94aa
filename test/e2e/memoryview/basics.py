# memoryview over bytes: len, indexing, slicing, tobytes, tolist, readonly.
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.itemsize, m.format, m.ndim, m.nbytes)
print(m[1:4].tobytes(), m[::2].tolist(), bytes(m[::-1]), m.tolist()[:3])
print(m == b, m[1:3] == b"bc", m.obj is b)
try:
    m[0] = 65
except TypeError as e:
    print("TypeError:", e)
try:
    m[10]
except IndexError as e:
    print("IndexError:", e)
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
with memoryview(b"xyz") as mv:
    print(mv.tobytes(), mv.hex())
