# filter and map: laziness, None predicate, multiple iterables.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b22c")))
print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
m = map(print, [1, 2])
print("map is lazy, nothing printed yet")
print(list(m))
f = filter(lambda v: v % 2, range(10))
print(next(f), next(f), list(f))
print(list(map(int, "123")), sum(map(int, "99")), list(zip(*map(str, [12, 34]))))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
