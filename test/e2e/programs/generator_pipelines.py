# Generators: pipelines, send(), yield from, generator expressions, itertools combos, StopIteration values.
import itertools

def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    return (x * x for x in src)

def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegator(results):
    r = yield from averager()
    results.append(r)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def flatten(x):
    for e in x:
        if isinstance(e, (list, tuple)):
            yield from flatten(e)
        else:
            yield e

print(list(squares(evens(numbers(20)))))
print(list(chunked(range(11), 4)))
g = averager()
next(g)
for v in (10, 20, 30, 45):
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
res = []
d = delegator(res)
next(d)
d.send(1); d.send(2); d.send(6)
try:
    d.send(None)
except StopIteration:
    pass
print(res)
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]], 8])))
gen = (c.upper() for c in "hello")
print(next(gen), next(gen), list(gen), list(gen))
print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.chain("ab", [1, 2], (None,))))
print(list(itertools.product("ab", repeat=2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.combinations("abcd", 3)))
print(list(itertools.combinations_with_replacement("ab", 2)))
for k, grp in itertools.groupby("aaabccdddd"):
    print(k, len(list(grp)), end="; ")
print()
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 3, range(10))))
print(list(zip(itertools.count(10, 5), "xyz")), list(itertools.repeat("r", 3)))
c = itertools.cycle([1, 2, 3])
print([next(c) for _ in range(7)])
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cg = closer()
print(next(cg))
cg.close()
print(sum(x for x in range(100) if x % 7 == 3), any(x > 50 for x in range(60)), all([]))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
