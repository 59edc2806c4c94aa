# heapq: nlargest/nsmallest with key (stable like sorted) and merge with key/reverse
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 4]
for n in [-1, 0, 1, 2, 3, 5, 10, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, (x * 2 for x in data)))
print(heapq.nlargest(2, []), heapq.nsmallest(2, set()), heapq.nsmallest(1, []))

# with a key: equal keys keep their input order (as sorted() would)
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana", "lime"]
for n in [1, 2, 3, 4, 8, 9]:
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    assert heapq.nsmallest(n, words, key=len) == sorted(words, key=len)[:n]
    assert heapq.nlargest(n, words, key=len) == sorted(words, key=len, reverse=True)[:n]
recs = [{"name": "a", "v": 3}, {"name": "b", "v": 1}, {"name": "c", "v": 3}, {"name": "d", "v": 2}]
print([r["name"] for r in heapq.nlargest(2, recs, key=lambda r: r["v"])])
print([r["name"] for r in heapq.nsmallest(3, recs, key=lambda r: r["v"])])
print(heapq.nlargest(2, "hello"), heapq.nsmallest(2, {3: 0, 1: 0, 2: 0}))
try:
    heapq.nlargest(2, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    heapq.nsmallest(0, None)
except TypeError as e:
    print(type(e).__name__, e)

# merge
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([1, 2])))
print(list(heapq.merge([(1, "a"), (3, "c")], [(1, "b"), (2, "d")], key=lambda t: t[0])))
print(list(heapq.merge([(3, "a"), (1, "c")], [(3, "b"), (2, "d")], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], [7], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print("".join(heapq.merge("adg", "beh", "cfi")))

# merge is lazy: inputs are advanced only when their item has been used
def noisy(name, items):
    for x in items:
        print("  next", name, x)
        yield x
m = heapq.merge(noisy("A", [1, 4]), noisy("B", [2, 3]))
print(type(m).__name__)
for v in m:
    print("got", v)
