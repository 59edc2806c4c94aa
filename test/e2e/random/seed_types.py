# random.seed with str, bytes, bytearray, float and version 1 seeds; bad seed types.
import random

for s in ["", "a", "hello world", "é ünïcode ☃", "x" * 300, b"", b"bytes seed", bytearray(b"ba")]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.randrange(10**6))

# version 1: the old string hashing
for s in ["abc", b"abc", "", "long string " * 5]:
    random.seed(s, version=1)
    print(repr(s)[:20], random.random())

# floats seed with their hash (negative hashes as unsigned 64-bit numbers)
for s in [0.5, 3.75, -2.25, 1e300, -1e10, 0.0, 7.0]:
    random.seed(s)
    print(s, random.random())

# seeding with None (or no argument) uses the clock: only check the shape
random.seed()
v = random.random()
print(type(v).__name__, 0.0 <= v < 1.0)
random.seed(None)
print(0 <= random.randrange(10) < 10)
r = random.Random()
print(0.0 <= r.random() < 1.0)

for bad in [[1], (1, 2), {"a": 1}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
