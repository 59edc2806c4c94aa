# keys/values/items views are live and support set operations.
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), len(v), len(it))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "z" in k)
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(it & {("c", 3), ("c", 4)}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
e = {}
print(e.keys(), list(e.values()), e.items() == set())
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
