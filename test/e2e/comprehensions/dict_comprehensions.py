# Dict comprehensions: building, inverting and filtering maps.
print({x: x ** 2 for x in range(6)})
print({c: ord(c) for c in "hello"})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v != 2})
print({k.upper(): [v] * v for k, v in d.items()})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x % 3: x for x in range(10)})
print({w: len(w) for w in "a bb a ccc bb".split()})
print({i: {j for j in range(i)} == set(range(i)) for i in range(3)})
print({k: v for k, v in []}, {str(i): i for i in range(3)})
