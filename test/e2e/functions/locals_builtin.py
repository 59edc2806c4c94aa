# locals() and vars() in functions: the bound parameters and locals in CPython's
# order, then cell and free variables; at module level, globals().
def greet(name, count=2, *rest, flag=True, **extra):
    message = "hi"
    if count > 5:
        unused = 1
    total = count * 2
    return "{message} {name} x{total}".format(**locals()), sorted(locals())


print(greet("ana"))
print(greet("bo", 9, 1, 2, x=3))


def outer():
    a = 1
    b = [2.5]

    def inner():
        c = a + 1
        return locals()

    x = 3.5
    return inner(), {k: v for k, v in locals().items() if k != "inner"}


print(outer())


class K:
    def method(self):
        super().__init__()
        return sorted(locals())


print(K().method())
print(locals() is globals(), "greet" in locals())


def with_vars(p):
    q = p * 2
    return vars()


print(with_vars(21))
g = locals
try:
    g()
except TypeError as e:
    print("indirect")
