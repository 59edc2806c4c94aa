# Conditional expressions: precedence, nesting, laziness.
for n in [-5, 0, 7]:
    print("pos" if n > 0 else "zero" if n == 0 else "neg")
x = 3
print(x if x > 2 else 1 / 0, (1 / 0 if x < 0 else "lazy"))
print(1 + (2 if x else 3), 1 + 2 if x else 3, [0 if i % 2 else i for i in range(5)])
f = (lambda a: a * 2) if x else (lambda a: a)
print(f(21))
print(("a" if True else "b") + ("c" if False else "d"))
val = None
print(val if val is not None else "default", (val or "or-default"))
print(not x if x else "falsy")
