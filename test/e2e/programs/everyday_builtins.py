# Everyday builtins: sorted/min/max with keys, zip/map/filter/enumerate, range tricks, slicing, comparison errors.
data = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.9), ("dave", 35, 2.8), ("eve", 30, 3.5)]
print(sorted(data, key=lambda r: (-r[2], r[0])))
print(sorted(data, key=lambda r: r[1], reverse=True))
print(min(data, key=lambda r: r[2]), max(data, key=lambda r: (r[1], r[0])))
print(min([], default="empty"), max(3, 7, 1), min("hello"), max([1, 5, 3], key=lambda x: -x))
names, ages, gpas = zip(*data)
print(names, ages, gpas)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(enumerate("abc", start=1)), dict(zip("abc", range(3))), list(zip(range(3), "ab", [True] * 5)))
print(list(range(10, 0, -3)), range(0, 20, 4)[2], range(10)[-1], len(range(5, 100, 7)), range(1, 10, 2)[1:3])
print(list(reversed(range(5))), 7 in range(0, 10, 7), range(5) == range(0, 5), repr(range(3)), range(0, -5, -1)[::-1])
L = list(range(20))
print(L[::3], L[-5:], L[5:2], L[::-4], L[3:15:4], L[-3:-1], L[100:], L[:-15])
L[2:5] = ["a", "b"]
del L[::5]
print(L, len(L))
L[1:1] = [99, 98]
print(L[:6], L.index(99), L.count(98))
s = slice(1, 8, 2)
print("abcdefghij"[s], s.start, s.stop, s.step, s.indices(5))
for a, b in [(1, "a"), ([1], (1,)), (None, 0), ({1}, [1])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError:", e)
print(sum([[1], [2, 3]], []), sum(range(101)), sum([0.5] * 4, 10), round(sum(x / 3 for x in range(9)), 10))
print(abs(-5), abs(-2.5), pow(2, 10), divmod(-7, 2), bool([]), bool("0"), int(True) + True, 3 * True)
print(all(x > 0 for x in [1, 2, 3]), any([]), list(iter([1, 2, 3])), isinstance(3, (str, int)), issubclass(bool, int))
print(type(1) is int, type(1.0), type("s"), type([]), type(None), type(len), type(lambda: 0).__name__)
print(id(data) == id(data), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
print(list(map(str.upper, ["a", "b"])), list(map(int, "123")), [*"ab", *range(2)], {**{"a": 1}, "b": 2})
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
x = y = z = 0
x += 1
print(x, y, z)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    if n < 0:
        break
else:
    print("no break")
print("n", n)
for i in range(3):
    pass
else:
    print("loop done", i)
vals = [v for v in range(30) if v % 2 if v % 3]
print(vals, [(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
if (k := len(vals)) > 5:
    print("walrus", k)
print([y for x in range(6) if (y := x * x) % 2 == 0])
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" if 0 else "b", None or "default", 0 and 1, [] or {} or "last")
print(chr(ord("a") + 1), str(123)[::-1], int(str(123)[::-1]) * 2, "%.3f" % (22 / 7), 10 ** -2, 1e3 == 1000)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(col) for col in zip(*matrix)], [x for row in matrix for x in row])
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]), sorted("hello world"), sorted([3, 1, 2], reverse=True))
print(list(dict.fromkeys("mississippi")), "".join(sorted(set("mississippi"))), len({1: 1, True: 2, 1.0: 3}))
d = {"a": 1, "b": 2}
print(d.keys() & {"a", "z"}, list(d.values()), list(d.items()), "a" in d.keys(), d | {"c": 3})
d |= {"b": 20}
print(d, dict(a=1, b=2) == {"b": 2, "a": 1}, list(reversed(d)), dict(sorted(d.items(), reverse=True)))
print(str(list), repr(None), repr(...), NotImplemented, print.__name__, len.__name__ if hasattr(len, "__name__") else "")
