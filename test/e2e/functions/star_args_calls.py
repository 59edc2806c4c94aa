# Calls with *iterable and **mapping arguments, mixed with plain ones, and
# the TypeErrors CPython gives for bad ones (naming the callee).
def f(a, b):
    return a + b
print(f(1, 2), f(*[1.5, 2.5]), f(*("x", "y")), f(**{"a": 1, "b": 2}), f(1, *[2]))
def v(*args, **kw):
    return args, sorted(kw.items())
print(v(*range(3), 9, *"ab", k=1, **{"z": 2}, y=3))
print(*[1, 2, 3], sep="-")
print(*"abc", end="!\n")
print(*[])
xs = [3, 1, 2]
print(max(*xs), min(*xs, 0), "{}-{}".format(*xs))
import math
print(math.hypot(*[3, 4]))
def kw(*, a, b=2):
    return a * b
opts = {"a": 5}
print(kw(**opts), kw(b=3, **opts))
for c in ["f(*1)", "f(**1)", "print(*1)", "f(a=1, **{'a': 2})", "f(**{1: 2})", "xs.append(*1)", "len(*5)", "int(**3)", "f(**{'a': 1}, **{'a': 2})", "max(*[])", "(lambda: 0)(*1)", "f(*[1, 2, 3])", "f(1, **{'a': 2})", "kw(**{'c': 1})"]:
    try:
        if c == "f(*1)": f(*1)
        elif c == "f(**1)": f(**1)
        elif c == "print(*1)": print(*1)
        elif c == "f(a=1, **{'a': 2})": f(a=1, **{'a': 2})
        elif c == "f(**{1: 2})": f(**{1: 2})
        elif c == "xs.append(*1)": xs.append(*1)
        elif c == "len(*5)": len(*5)
        elif c == "int(**3)": int(**3)
        elif c == "f(**{'a': 1}, **{'a': 2})": f(**{'a': 1}, **{'a': 2})
        elif c == "max(*[])": max(*[])
        elif c == "(lambda: 0)(*1)": (lambda: 0)(*1)
        elif c == "f(*[1, 2, 3])": f(*[1, 2, 3])
        elif c == "f(1, **{'a': 2})": f(1, **{'a': 2})
        else: kw(**{'c': 1})
    except TypeError as e:
        print(c, "->", e)
