# set() from iterables removes duplicates; equal numbers collapse.
print(sorted(set([3, 1, 3, 2, 1])), sorted(set("mississippi")), sorted(set(range(5))))
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), len({1, "1", (1,)}))
print(sorted(set({"a": 1, "b": 2})), set(), set(()), set(""), set([]) == set())
words = "to be or not to be that is the question".split()
print(len(words), len(set(words)), sorted(set(words)))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted({x % 7 for x in range(100)}), sorted({c.lower() for c in "AbCaBc"}))
try:
    set([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError:", e)
