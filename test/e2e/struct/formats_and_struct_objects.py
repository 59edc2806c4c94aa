# skip-targets: mps2-an385 -- native l/L are 4 bytes on 32-bit ARM, as in CPython there
# struct: every format character, byte orders, repeat counts, Struct objects.
import struct
for order in "<>!=@":
    for code in "bBhHiIlLqQ?efd":
        fmt = order + code
        size = struct.calcsize(fmt)
        if code in "efd":
            v = 1.5
        elif code == "?":
            v = True
        elif code in "bhilq":
            v = -5
        else:
            v = 200
        packed = struct.pack(fmt, v)
        print(fmt, size, packed.hex(), struct.unpack(fmt, packed))
print(struct.pack("<3h2x?", 1, -2, 3, True).hex())
print(struct.unpack("<3h2x?", bytes.fromhex("0100feff03000000" + "01")))
print(struct.pack(">10p", b"hello"), struct.unpack(">10p", struct.pack(">10p", b"hello")))
print(struct.pack("<0s", b"ab"), struct.calcsize("<0s"), struct.pack("<s", b"xyz"))
print(struct.pack("<e", 65504.0).hex(), struct.pack("<e", 1e-8).hex(), struct.unpack("<e", b"\x00\x7c"))
print(struct.pack("<f", float("inf")).hex(), struct.pack(">d", float("-inf")).hex())
print(struct.unpack("<f", struct.pack("<f", 3.14159))[0])
s = struct.Struct("<hhl")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(s.unpack_from(b"\x00" * 4 + s.pack(7, 8, 9), 4))
buf = bytearray(16)
s.pack_into(buf, 2, -1, -2, -3)
print(buf.hex())
print(list(s.iter_unpack(s.pack(1, 2, 3) + s.pack(4, 5, 6))))
print(struct.unpack("<I", memoryview(b"\x01\x02\x03\x04")), struct.unpack("<H", bytearray(b"\xff\x00")))
for bad in ["<e", "<f"]:
    try:
        struct.pack(bad, 1e300)
    except OverflowError as e:
        print("OverflowError:", e)
for fmt, val in [("<h", 40000), ("<I", -1), ("<Q", 2**64), ("<b", "x"), ("<d", "x"), ("<?", None), ("<l", 2**31)]:
    try:
        print(struct.pack(fmt, val))
    except struct.error as e:
        print("struct.error:", e)
try:
    struct.unpack_from("<i", b"abc", 1)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.Struct(5)
except TypeError as e:
    print("TypeError:", e)
try:
    struct.pack_into("<h", b"abcd", 0, 1)
except TypeError as e:
    print("TypeError:", e)
e = struct.error("boom")
print(repr(e), str(e), type(e).__name__, struct.error.__module__, isinstance(e, Exception))
raise struct.error("uncaught")
