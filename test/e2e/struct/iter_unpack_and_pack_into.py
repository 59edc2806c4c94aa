# struct.iter_unpack, pack_into and unpack_from with offsets.
import struct
records = b"".join(struct.pack("<hB", i * 100 - 150, i) for i in range(4))
print(records.hex())
print(list(struct.iter_unpack("<hB", records)))
buf = bytearray(12)
struct.pack_into("<I", buf, 4, 0xDEADBEEF)
struct.pack_into(">H", buf, 0, 0x0102)
print(buf.hex())
print(struct.unpack_from("<I", buf, 4), struct.unpack_from(">H", buf), struct.unpack_from("<B", buf, offset=11))
try:
    struct.pack_into("<I", buf, 10, 1)
except struct.error as e:
    print("struct.error:", e)
header = struct.pack(">4sII", b"ADDR", 1, 3)
magic, version, count = struct.unpack(">4sII", header)
print(magic, version, count, magic.decode())
