# heapq: heappush/heappop/heapify/heapreplace/heappushpop keep CPython's exact list layout
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 4, 0, 3]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)

# a pseudo-random sequence so that many different layouts occur
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % 100

data = [rnd() for _ in range(40)]
heapq.heapify(data)
print(data)
for _ in range(10):
    print(heapq.heapreplace(data, rnd()), data[:12])
for _ in range(10):
    print(heapq.heappushpop(data, rnd()), data[:12])
out = []
while data:
    out.append(heapq.heappop(data))
print(out == sorted(out), out[:10])

for n in range(8):
    x = list(range(n, 0, -1))
    heapq.heapify(x)
    print(n, x)

# tuples: ties broken by the second field
tasks = []
for t in [(2, "write"), (1, "plan"), (3, "test"), (1, "eat"), (2, "read")]:
    heapq.heappush(tasks, t)
print(tasks)
print(heapq.heappushpop(tasks, (0, "first")), heapq.heappushpop(tasks, (5, "z")), tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

# a list subclass is accepted
class L(list):
    pass
s = L([3, 1, 2])
heapq.heapify(s)
heapq.heappush(s, 0)
print(s, type(s).__name__)
print(heapq.heappushpop([], 7))

for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)),
                (heapq.heappush, ((), 1)), (heapq.heapify, ((),)),
                (heapq.heappop, ((),)), (heapq.heappushpop, ((), 1)),
                (heapq.heapreplace, ({}, 1)), (heapq.heappush, ([1, "a"], 2))]:
    try:
        f(*args)
    except (IndexError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
