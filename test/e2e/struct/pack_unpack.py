# struct.pack/unpack with explicit byte order and standard sizes.
import struct
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<h", -2), struct.pack(">H", 65535))
print(struct.pack("<q", -1), struct.pack(">Q", 2**64 - 1), struct.pack("<b", -128), struct.pack("<B", 255))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.1), struct.pack("<?", True), struct.pack("<c", b"x"))
print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcd"), struct.pack(">3B", 1, 2, 3), struct.pack("<xHx", 7))
data = struct.pack("<iHdc3s?", -5, 513, 3.25, b"Z", b"abc", False)
print(data.hex(), len(data))
print(struct.unpack("<iHdc3s?", data))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<I", b"\x00\x00\x01\x00"), struct.unpack("<e", struct.pack("<e", 0.333)))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("!h", b"\xff\xfe"))
print(struct.calcsize("<i"), struct.calcsize("<q"), struct.calcsize("<iHdc3s?"), struct.calcsize(">bhiq"), struct.calcsize("<10s"))
s = struct.Struct(">HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x03\x00\x04"))
