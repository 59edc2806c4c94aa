# Native-size "f" rounds a too-large float to inf; standard sizes raise OverflowError.
import struct
print(struct.pack('f', 1e300), struct.pack('@f', -1e300))
for f in ("<f", ">f", "=f", "!f", "e", "@e"):
    try:
        struct.pack(f, 1e300)
    except OverflowError as e:
        print(f, e)
