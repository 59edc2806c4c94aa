# Floats across the whole double range behave alike: tiny, huge, zeros of
# both signs, subnormals, infinities and nan, in arithmetic, containers,
# hashing, formatting and conversions. (A runtime may store some floats
# differently from others; nothing of that may show.)
import math
import struct

edges = [
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 3.0e-300, 2.0 ** -254, 2.0 ** -255,
    2.0 ** -256, -(2.0 ** -255), 2.0 ** 255, 2.0 ** 256, 2.0 ** 257,
    -(2.0 ** 256), 5e-324, -5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, 1e300, 1e-300, float("inf"), -float("inf"),
]

for x in edges:
    print(repr(x), x.hex(), math.copysign(1.0, x), x == x, bool(x))

# Arithmetic that crosses between magnitudes.
tiny = 2.0 ** -250
print(tiny / 16.0, tiny / 32.0, tiny / 64.0, (tiny / 64.0) * 64.0 == tiny)
big = 2.0 ** 250
print(big * 64.0, big * 128.0, (big * 128.0) / 128.0 == big)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5.0, 0.0 * -1.0, 1.0 / -float("inf"))
print(1e308 * 10.0, -1e308 * 10.0, 1e-320 / 1e10)

# Comparisons between far-apart values, and sorting a mixture.
print(sorted(edges))
print(min(edges), max(edges), 2.0 ** 300 > 1.0, 2.0 ** -300 < 1e-90)

# Hashes: equal numbers hash equal, whatever their size or type. (The
# values themselves depend on the word size, so only small ones print.)
for x in [0.0, -0.0, 1.0, 2.0 ** -255, 2.0 ** 256, 2.0 ** 600, 1e-320]:
    print(hash(x) == hash(x * 1.0), hash(x) == hash(float(repr(x))))
print(hash(0.0), hash(-0.0), hash(1.0), hash(-2.0), hash(2.0 ** 20))
print(hash(2.0 ** 64) == hash(2 ** 64), hash(-0.0) == hash(0))

# Containers keyed and filled by such values.
d = {x: i for i, x in enumerate(edges)}
print(len(d), d[0.0], d[2.0 ** 256], d[5e-324], d[float("inf")])
s = set(edges)
print(len(s), -0.0 in s, 2.0 ** -256 in s, 2.0 ** -257 in s)
values = [2.0 ** k for k in range(-260, 261, 65)]
print(values)
print(sum(values) == math.fsum(values), values.index(2.0 ** 130))
nan = float("nan")
holder = [1.5, nan, 2.0 ** 300]
print(holder.count(nan), nan in holder, holder[2] is holder[2])

# Conversions.
print(int(2.0 ** 256), int(-(2.0 ** 255)), int(1.5), int(-0.0))
print(float(2 ** 256), float(-(2 ** 255)), float("1e-310"), float("-0"))
print(struct.unpack("<d", struct.pack("<d", 2.0 ** -255))[0])
print(struct.unpack("<f", struct.pack("<f", 1.5))[0])
print(f"{2.0 ** 256:.3e} {2.0 ** -255:g} {-0.0:+.1f} {1e-320!r}")
print(round(2.0 ** -255, 80), round(2.0 ** 256, -70), math.frexp(2.0 ** -255))
print(math.ldexp(1.0, -1074), math.ldexp(1.0, 1023), math.isinf(2.0 ** 1023 * 2.0))
print((2.0 ** -255).as_integer_ratio()[0], (2.5).is_integer(), (2.0 ** 256).is_integer())


class Meters(float):
    pass


m = Meters(2.0 ** 256)
print(type(m).__name__, m == 2.0 ** 256, isinstance(m, float), repr(m))
print(type(m * 1.0).__name__, type(0.0).__name__, type(-0.0).__name__)
