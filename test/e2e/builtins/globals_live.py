# Writes through globals() and module __dict__ are live, both ways.
import math
counter = 0
def bump():
    global counter
    counter += 1
g = globals()
g["counter"] = 10
bump()
print(counter, g["counter"])
counter = 5
print(g["counter"])
del g["counter"]
try:
    print(counter)
except NameError as e:
    print("NameError:", e)
g["counter"] = 1
bump()
print(counter, "counter" in g)
del counter
print("counter" in g)
later = "bound after"
print(g["later"], sorted(k for k in g if not k.startswith("__")))
print(sorted(n for n in dir() if not n.startswith("__")))
print([n for n in dir(math) if n in ("pi", "sqrt", "tau")], "__name__" in dir(math))
print(math.__dict__["pi"], vars(math) is math.__dict__)
class P:
    z = 1
    def m(self): pass
class Q(P):
    def __init__(self):
        self.a = 1
print([n for n in dir(Q()) if not n.startswith("__")], "__init__" in dir(Q), "__dict__" in dir(Q()))
print([n for n in dir(3) if n in ("bit_length", "__add__", "real")], "keys" in dir({}), "__len__" in dir("s"))
