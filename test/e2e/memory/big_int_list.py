# skip-targets: mps2-an385 (needs tens of MB of RAM)
# skip-gc-stress: a million allocations, each collection marks all of them
# A list of a million ints: build, aggregate, slice, sort, drop.
N = 10**6
a = list(range(N))
print(len(a), a[0], a[-1], sum(a))
b = [x * 3 % 1000003 for x in a]
print(sum(b), max(b), min(b), b[N // 2])
part = b[:100000]
part.sort()
print(part[0], part[50000], part[-1])
c = []
for i in range(N):
    c.append(i & 0xFF)
print(len(c), sum(c), c.count(255))
del a, b
evens = c[::2]
print(len(evens), sum(evens))
big = [2**70 + i for i in range(100000)]
print(sum(big) % 1000007, len(big))
