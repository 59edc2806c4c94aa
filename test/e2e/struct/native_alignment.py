# targets: host (native sizes and alignment depend on the C ABI)
# Native ('@', default) formats add alignment padding; standard ('=') does not.
import struct
for fmt in ["bi", "=bi", "bh", "=bh", "bd", "=bd", "ib", "hq"]:
    print(fmt, struct.calcsize(fmt))
print(struct.calcsize("P") in (4, 8), struct.calcsize("n") == struct.calcsize("N"))
print(struct.unpack("=hb", struct.pack("=hb", -300, 7)))
