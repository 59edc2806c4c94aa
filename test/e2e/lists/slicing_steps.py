# Slicing with every combination of start, stop and step.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::3], a[::-1], a[::-2], a[8:2:-2], a[2:8:-1])
print(a[100:], a[-100:3], a[3:100], a[5:5], a[6:2], a[-1:-5:-1], a[-1::-3])
print(a[None:None:None], a[None:4], a[4:None:-1])
print(a[0:10:100], a[9:0:-100], a[::-100])
print(a[2**70:], a[-2**70:2], a[::2**70])
b = []
print(b[:], b[1:2], b[::-1])
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step)
try:
    print(a[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(a["1":])
except TypeError as e:
    print("TypeError:", e)
c = a[2:6]
c[0] = 99
print(a[2], c)
print("hello"[1:4], "hello"[::-1], (1, 2, 3, 4)[::2], b"bytes"[1:3], range(10)[2:8:3])
