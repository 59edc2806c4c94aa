# globals() is the live module namespace dict.
x = 1
g = globals()
print(g["x"], "g" in g, g["__name__"], type(g).__name__)
g["created_dynamically"] = "hello"
print(created_dynamically)
def f():
    globals()["from_function"] = 42
    return "local_var" in globals()
print(f(), from_function)
def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))
print(sorted(k for k in globals() if not k.startswith("__")))
