# dict.fromkeys shares the same value object between keys.
d = dict.fromkeys(["x", "y", "z"])
print(d)
e = dict.fromkeys("abca", 0)
print(e)
shared = dict.fromkeys(range(3), [])
shared[0].append("same list")
print(shared)
print(dict.fromkeys(()), dict.fromkeys((1, 1.0, True), "v"))
