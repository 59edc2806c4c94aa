# array tobytes/frombytes/byteswap for every typecode (x86-64 sizes, little-endian).
from array import array, typecodes


def attempt(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


samples = {"b": [1, -2, 127], "B": [1, 254, 0], "u": "aé€😀",
           "h": [1, -2, 0x1234], "H": [1, 0xFFFE, 0x1234],
           "i": [1, -2, 0x12345678], "I": [1, 0xFFFFFFFE, 0x12345678],
           "l": [1, -2, 0x123456789ABC], "L": [1, 2 ** 64 - 2, 0x123456789ABC],
           "q": [1, -2, -2 ** 63], "Q": [1, 2, 2 ** 63], "f": [1.0, -2.5, 0.1],
           "d": [1.0, -2.5, 1e-310]}
for tc in typecodes:
    a = array(tc, samples[tc])
    raw = a.tobytes()
    b = array(tc)
    b.frombytes(raw)
    c = array(tc, raw)
    print(tc, raw.hex(), len(raw) == a.itemsize * len(a), b == a, c == a)
    if tc != "u":  # swapped characters would not be valid code points
        a.byteswap()
        print("  swapped", a)
        a.byteswap()
        print("  back", a == b)

x = array("h")
x.frombytes(bytearray(b"\x01\x00\x02\x00"))
x.frombytes(memoryview(b"\x03\x00"))
x.frombytes(array("B", [4, 0]))
x.frombytes(b"")
print(x, array("b", bytearray(b"\xff\x01")), array("B", b""))
attempt(lambda: x.frombytes(b"\x01"))
attempt(lambda: x.frombytes("ab"))
attempt(lambda: x.frombytes([1, 2]))
attempt(lambda: array("i", b"abcde"))
print(array("i", b"abcd"), array("d", bytes(8)), array("f", b"\x00\x00\xc0\x7f"))
pixels = array("B", bytes(range(250, 256)))
print(pixels, pixels.tobytes() == bytes(range(250, 256)))
print(array("i", memoryview(b"ab")))
one = array("u", "a")
one.frombytes("z".encode("utf-32-le"))
print(one)
