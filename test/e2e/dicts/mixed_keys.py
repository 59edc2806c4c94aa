# Keys that compare equal and hash equal collapse: 1, 1.0, True.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[0] = "zero"
d[False] = "false"
d[-0.0] = "negzero"
print(d)
e = {"1": "str", 1: "int", (1,): "tuple", None: "none", frozenset([1]): "fs", 2**100: "big"}
print(e["1"], e[1], e[(1,)], e[None], e[frozenset({1})], e[2**100], e[float(2**100)])
print(2**100 in e, 1.5 in e, hash(2**100) == hash(float(2**100)))
nan = float("nan")
f = {nan: 1}
f[nan] = 2
print(len(f), f[nan])
f[float("nan")] = 3
print(len(f))
try:
    {[1]: 1}
except TypeError as err:
    print("TypeError:", err)
try:
    {}[{}] = 1
except TypeError as err:
    print("TypeError:", err)
try:
    {{1}: 2}
except TypeError as err:
    print("TypeError:", err)
