# A user program: dynamic programming with lru_cache, decorators with wraps.
from functools import lru_cache, cache, wraps, partial, reduce

call_counts = {}


def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        call_counts[func.__name__] = call_counts.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance('kitten', 'sitting'), edit_distance('intention', 'execution'))
print(edit_distance.cache_info().currsize > 0)


@lru_cache(maxsize=None)
def knapsack(i, cap):
    if i == len(items) or cap == 0:
        return 0
    w, v = items[i]
    best = knapsack(i + 1, cap)
    if w <= cap:
        best = max(best, v + knapsack(i + 1, cap - w))
    return best


items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)]
print(knapsack(0, 15), knapsack.cache_info())


@counted
@lru_cache(maxsize=64)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100, (1, 5, 10, 25, 50)), ways.__name__, call_counts['ways'] > 1)
print(ways.__wrapped__.cache_info().maxsize)

# partial for configuration, reduce for folding
log = []
def emit(level, msg, sink):
    sink.append('[%s] %s' % (level, msg))


warn = partial(emit, 'WARN', sink=log)
info = partial(emit, 'INFO', sink=log)
warn('disk low')
info('started')
print(log)
print(reduce(lambda acc, kv: acc + kv[1], {'a': 1, 'b': 2}.items(), 0))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, partial(str.replace, old=' ', new='_') if False else (lambda s: s.replace(' ', '_')))('  hi there '))
