# Default parameter values: evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ada"))
print(greet("Ada", "Hi"))
print(greet("Ada", "Hi", "?"))
print(greet("Ada", punct="."))
def power(base, exp=2, mod=None):
    if mod is None:
        return base ** exp
    return pow(base, exp, mod)
print(power(7), power(7, 3), power(7, 3, 10), power(2, exp=100), power(2, mod=3))
k = 10
def uses_k(x=k):
    return x
k = 20
print(uses_k(), uses_k(5), k)
def append_to(v, acc=[]):
    acc.append(v)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def fresh(v, acc=None):
    if acc is None:
        acc = []
    acc.append(v)
    return acc
print(fresh(1), fresh(2))
def scale(x, factor=0.5, offset=-1.25):
    return x * factor + offset
print(scale(10), scale(10, 2), scale(10, offset=0), scale(factor=3, x=1))
def counter(start=0, step=1, count=3):
    out = []
    v = start
    for i in range(count):
        out.append(v)
        v += step
    return out
print(counter(), counter(5), counter(5, -2), counter(count=5, step=10))
