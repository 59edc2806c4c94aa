# skip-targets: mps2-an385 -- hash(2**61) depends on the word size (CPython 32-bit hashes modulo 2**31-1)
# Defining __eq__ without __hash__ makes instances unhashable.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq.__hash__ is None, OnlyEq(1) == OnlyEq(1), OnlyEq(1) in [OnlyEq(1)])
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(len(d), d[Key("alpha")], sorted(k.name for k in d))
class Default:
    pass
x = Default()
s = {x, x, Default()}
print(len(s), x in s, hash(x) == hash(x))
class Collide:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self is o
items = {Collide() for _ in range(5)}
print(len(items), hash(Collide()))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(1.5), hash(-0.0), hash(float("inf")), hash(True))
