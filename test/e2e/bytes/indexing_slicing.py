# Slicing bytes gives bytes; bytearray slicing gives bytearray.
b = bytes(range(10))
print(b[2:5], b[::-1], b[::3], b[-3:], b[5:2], b[100:])
ba = bytearray(b"abcdef")
print(ba[1:3], ba[::-1], ba[-1], type(ba[1:2]).__name__, type(b[1:2]).__name__)
print(b[1], b[-1], ba[0], b[1:2] == bytes([1]))
print(bytes(b[::2]), bytearray(b[1::2]))
print(b"abcdef"[slice(1, None, 2)], b"xyz" * 2, 2 * b"ab", b"a" + b"b", b"a" + bytearray(b"c"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] = 5
except TypeError as e:
    print("TypeError:", e)
