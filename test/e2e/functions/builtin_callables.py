# Builtins and methods are first-class callables too.
fns = [len, abs, str.upper, "-".join, [].append, {}.get, int, float, bool, repr]
print([callable(f) for f in fns])
print(len("abc"), str.upper("x"), "-".join(["a", "b"]), int("7"), repr(1.5))
bound = "hello".count
print(bound("l"), bound.__self__, bound.__name__)
up = str.upper
print(list(map(up, ["a", "b"])), sorted(["b", "A"], key=str.lower))
methods = [list.append, dict.get, str.split]
print([m.__name__ for m in methods], [m.__qualname__ for m in methods])
print(len.__name__, str.upper.__name__, "x".upper(), [].append(1))
