# Lambda expressions: defaults, varargs, nesting, immediately invoked.
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda a, b=2: a * b)(5), (lambda *a, **k: (a, k))(1, z=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x, y: x + y, [1, 2], [10, 20])))
print(list(filter(lambda n: n % 3 == 0, range(10))), (lambda x: (lambda y: x + y))(3)(4))
print(sq.__name__, (lambda: 0).__qualname__, type(sq).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
cond = lambda v: "big" if v > 10 else "small"
print(cond(5), cond(50))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
