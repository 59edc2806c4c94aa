# Arrays as compact numeric buffers: sums, moving averages, byteswap.
from array import array
import sys
samples = array("h", [((i * 37) % 200) - 100 for i in range(1000)])
print(len(samples), sum(samples), min(samples), max(samples))
window = 8
avg = array("d", [sum(samples[i:i + window]) / window for i in range(0, 64, 8)])
print(avg.tolist())
w = array("H", [0x0102, 0xA0B0])
w.byteswap()
print([hex(v) for v in w])
f = array("f", [1.0, 2.5])
print(f.tolist(), len(f), f.itemsize)
