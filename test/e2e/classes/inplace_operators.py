# In-place operators: __iadd__ mutates; without it, += falls back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __add__(self, other):
        print("  __add__")
        return Bag(self.items + other.items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other.items)
        return self
    def __repr__(self):
        return f"Bag({self.items})"
class Frozen:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Frozen(self.v + other)
    def __repr__(self):
        return f"Frozen({self.v})"
a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)
f = Frozen(1)
g = f
f += 5
print(f, g, f is g)
class Weird:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
w = Weird()
w += 1
print(w)
class Nothing:
    pass
n = Nothing()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
