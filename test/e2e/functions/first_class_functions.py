# Functions as values: stored, passed, returned and compared.
def square(x):
    return x * x
def cube(x):
    return x ** 3
table = {"sq": square, "cube": cube, "abs": abs, "neg": lambda x: -x}
print({k: f(-3) for k, f in table.items()})
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([square, cube, str, float], 2))
def make_op(name):
    if name == "double":
        def op(x):
            return 2 * x
    else:
        def op(x):
            return x
    return op
print(make_op("double")(21), make_op("id")(21), make_op("double").__name__)
f = square
print(f is square, f == square, f(12), callable(f), square in [cube, square])
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for step in pipeline:
    s = step(s)
print(s)
print(sorted([-5, 3, -1], key=square), max(["a", "bbb", "cc"], key=len), list(map(cube, range(4))))
