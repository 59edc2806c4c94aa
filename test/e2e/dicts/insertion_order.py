# Dicts preserve insertion order; updating a key keeps its position.
d = {}
d["zeta"] = 1
d["alpha"] = 2
d["mid"] = 3
print(d, list(d), list(d.values()))
d["zeta"] = 100
print(d)
del d["alpha"]
d["alpha"] = 4
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, list(e.items()))
f = dict(b=1, a=2)
f.update({"c": 3, "b": 10})
print(f)
g = {k: k * k for k in [5, 3, 9, 1]}
print(g)
print({1: "int", 1.0: "float", True: "bool"})
h = {"x": 1}
h.pop("x")
h["y"] = 2
h["x"] = 3
print(h)
