# Bitwise operators follow infinite two's complement, also for negatives
# and big ints; right shift floors.
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256]
for a in vals:
    for b in [3, -3, 0xF0, -0x10]:
        print(a, b, a & b, a | b, a ^ b)
print(~0, ~1, ~-1, ~255, ~(2**70))
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 10, -3 << 65, 5 << 200 >> 200)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -5 >> 2, -8 >> 3, -9 >> 3)
print(7 >> 1, 7 >> 3, 7 >> 100, 0 >> 5)
print((2**100) >> 98, -(2**100) >> 98, (-(2**100) - 1) >> 98)
print((2**100 + 2**64 + 7) & (2**64 - 1), (2**100) | 1)
print(-(2**100) & 0xFFFF, -(2**100) & (2**101 - 1))
print((2**80 - 1) ^ (2**79), -(2**80) ^ -1, -(2**80) | 5)
print(-(2**65) & -(2**64), -(2**65) | -(2**64))
mask = (1 << 32) - 1
h = 2166136261
for c in [104, 101, 108, 108, 111]:
    h = ((h ^ c) * 16777619) & mask
print("fnv1a =", h)
x = 0b1011_0110
print(x & 0x0F, x | 0x100, x ^ 0xFF, x >> 4, x << 4)
y = -100
y >>= 2
print(y)
y <<= 70
print(y)
y &= 0xFFFFFFFFFFFFFFFFFFFF
print(y)
y |= 1
y ^= 3
print(y)
