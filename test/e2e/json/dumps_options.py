# json.dumps options: indent, separators, sort_keys, skipkeys, allow_nan, default.
import json

doc = {"b": [1, {"y": [], "x": {}}], "a": "text", "c": {"z": None, "d": [2.5, True]}}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t"))
print(json.dumps(doc, indent=""))
print(json.dumps(doc, indent=-1))
print(json.dumps(doc, indent=3, sort_keys=True))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps(doc, separators=(";", "=")))
print(json.dumps(doc, indent=1, separators=(", ", " : ")))
print(json.dumps([[], {}, [[]]], indent=2))
print(json.dumps([1, [2, [3, [4]]]], indent=1))
print(json.dumps({"k": [1, 2]}, indent=4, sort_keys=True, separators=(",", ": ")))

# skipkeys drops keys that cannot be converted
print(json.dumps({(1, 2): 1, "a": 2, (3,): 4, "b": 5}, skipkeys=True))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True, indent=2))
print(json.dumps({1: "a", 3: "b", 2: "c"}, sort_keys=True))

# default converts unknown objects
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps([1j, 2j], default=lambda z: [z.real, z.imag]))

class Temp:
    def __init__(self, c):
        self.c = c

print(json.dumps({"t": Temp(21.5), "list": [Temp(-3)]}, default=lambda o: {"celsius": o.c}))

# check_circular=False still encodes non-circular structures the same way
shared = [1, 2]
print(json.dumps([shared, shared], check_circular=False), json.dumps({"a": shared, "b": shared}))

# allow_nan=True (the default) writes JavaScript's names
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({"x": float("inf")}, indent=1))
