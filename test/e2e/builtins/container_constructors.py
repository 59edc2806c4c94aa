# dict, list, set, frozenset, tuple constructors from the same inputs.
src = "banana"
print(list(src), tuple(src), sorted(set(src)), sorted(frozenset(src)), dict.fromkeys(src))
pairs = [("a", 1), ("b", 2)]
print(dict(pairs), list(dict(pairs)), tuple(dict(pairs).items()), set(dict(pairs).values()) == {1, 2})
print(list(range(3)), tuple(range(3)), set(range(3)) == {0, 1, 2}, dict(enumerate(range(3))))
g = (i for i in range(3))
print(list(g), tuple(g))
print(list(), tuple(), set(), frozenset(), dict())
print(type(list()).__name__, type(tuple()).__name__, type(dict()).__name__)
