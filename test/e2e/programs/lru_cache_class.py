# An LRU cache built on dict insertion order, plus a memoized workload.
class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
        return value
    def __repr__(self):
        return f"LRU(cap={self.cap}, keys={list(self.data)}, hits={self.hits}, misses={self.misses})"
cache = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    cache.get(k, lambda x: x * x)
print(cache)
def collatz_len(n, cache):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
c2 = LRU(100)
total = sum(c2.get(n % 150 + 1, lambda n: collatz_len(n, None)) for n in range(3000))
print(total, c2.hits, c2.misses, len(c2.data))
