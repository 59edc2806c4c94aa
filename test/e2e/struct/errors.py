# struct.error for out-of-range values, wrong buffer sizes, bad formats.
import struct
def attempt(fn):
    try:
        print(fn())
    except struct.error as e:
        print("struct.error:", e)
attempt(lambda: struct.pack("<b", 128))
attempt(lambda: struct.pack("<B", -1))
attempt(lambda: struct.pack("<H", 70000))
attempt(lambda: struct.pack("<i", 2**31))
attempt(lambda: struct.pack("<i", 1, 2))
attempt(lambda: struct.pack("<ii", 1))
attempt(lambda: struct.unpack("<i", b"\x00\x00"))
attempt(lambda: struct.unpack("<h", b"\x00\x00\x00"))
attempt(lambda: struct.pack("<i", "x"))
attempt(lambda: struct.calcsize("<z"))
attempt(lambda: struct.pack("<c", b"ab"))
try:
    struct.pack("<f", 1e300)
except OverflowError as e:
    print("OverflowError:", e)
print(issubclass(struct.error, Exception))
