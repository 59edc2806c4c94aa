# memoryview.cast between byte and wider item formats (little-endian host).
import sys
data = bytearray(range(8))
m = memoryview(data)
if sys.byteorder == "little":
    h = m.cast("H")
    print(h.format, h.itemsize, len(h), h.tolist(), h.nbytes)
    i = m.cast("I")
    print(i.tolist(), i[1])
    i[0] = 0x04030201 + 1
    print(list(data[:4]))
else:
    print("big-endian host")
b = m.cast("B")
print(b.tolist()[:4], b.shape, m.cast("b").tolist()[:4])
try:
    memoryview(bytearray(3)).cast("H")
except TypeError as e:
    print("TypeError:", e)
