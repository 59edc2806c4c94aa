# Function metadata: annotations of every parameter kind, __kwdefaults__
# and __defaults__ assignment, __code__, closure cells, builtin names.
def full(a: int, /, b: "B", *args: str, c: float = 1.0, d, **kw: bool) -> None:
    "Full signature."
full_ann = full.__annotations__
print(list(full_ann), full_ann["b"], full_ann["return"])
print(full.__kwdefaults__, full.__defaults__, full.__doc__)
code = full.__code__
print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_freevars)
def later(x, y=1, *, z=2):
    return x, y, z
print(later(0), later.__defaults__, later.__kwdefaults__)
def counter():
    count = 0
    step = 2
    def bump():
        nonlocal count
        count += step
        return count
    return bump
b = counter()
b(); b()
print(b.__code__.co_freevars, [c.cell_contents for c in b.__closure__])
print(counter.__closure__, b.__annotations__, b.__qualname__)
b.__annotations__["extra"] = int
print(b.__annotations__)
import math
print(math.sqrt.__name__, math.sqrt.__qualname__, len.__qualname__, [].append.__qualname__)
print("ab".upper.__self__, dict.fromkeys.__qualname__, (1).bit_length.__qualname__)
print(True.bit_length.__qualname__, str.join.__name__)
def pos(a, b, /, c):
    return a + b + c
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def pos_kw(a, /, **kw):
    return a, kw
print(pos_kw(1, a=2))
