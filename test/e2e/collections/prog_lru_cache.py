# Program: an LRU cache built on OrderedDict, with hit/miss statistics.
from collections import OrderedDict, namedtuple

Stats = namedtuple('Stats', 'hits misses evictions')


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.stats = Stats(0, 0, 0)

    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            self.stats = self.stats._replace(hits=self.stats.hits + 1)
            return self.data[key]
        self.stats = self.stats._replace(misses=self.stats.misses + 1)
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.stats = self.stats._replace(evictions=self.stats.evictions + 1)
        return value


def slow_square(n):
    return n * n


cache = LRUCache(4)
requests = [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 3, 3, 7, 1]
results = [cache.get(r, slow_square) for r in requests]
print(results)
print(cache.stats, cache.data)
print(list(cache.data.keys()), cache.stats._asdict())

# many operations: the cache keeps the most recently used keys
big = LRUCache(50)
seed = 7
for i in range(5000):
    seed = (seed * 73 + 11) % 1009
    big.get(seed % 120, slow_square)
print(big.stats, len(big.data), list(big.data)[:5], next(reversed(big.data)))
hits, misses, _ = big.stats
print('hit rate %.3f' % (hits / (hits + misses)))
