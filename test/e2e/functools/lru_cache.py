# functools.lru_cache and cache: hits, misses, eviction order, typed, errors.
from functools import lru_cache, cache


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.cache_parameters(), fib.__name__, fib.__wrapped__(5))
fib.cache_clear()
print(fib.cache_info())

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())

sq.cache_clear()
calls.clear()
for v in [5, 6, 5, 7, 5, 6, 8, 7]:
    sq(v)
print(calls, sq.cache_info())


@lru_cache(maxsize=3)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)


print(fib3(60), fib3.cache_info())
sq.cache_clear()
calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
info = sq.cache_info()
h, m, mx, cur = info
print(h, m, mx, cur, info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[-1], len(info), list(info), info == (2, 5, 2, 2), info != (0, 0, 0, 0))


@lru_cache(maxsize=None)
def ident(x, **kw):
    calls.append(('ident', x, kw))
    return x


calls.clear()
print(ident(1), ident(1.0), ident(True), ident(x=1), ident(1, a=2), ident(1, a=2))
print(ident.cache_info(), len(calls))


@lru_cache(typed=True)
def typed_f(x):
    calls.append(('typed', x))
    return x


calls.clear()
print(typed_f(1), typed_f(1.0), typed_f(1), typed_f.cache_info(), len(calls))


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
print(lru_cache(-5)(len).cache_info(), lru_cache(None)(len).cache_parameters())


@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


print(fact(20), fact.cache_info())


@lru_cache(maxsize=10)
def fails(x):
    raise ValueError(x)


show(lambda: fails(1))
print(fails.cache_info())
show(lambda: sq([1]))
show(lambda: lru_cache(maxsize='big'))


class Grid:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


print(Grid(0).paths(10, 10), Grid.paths.cache_info())
