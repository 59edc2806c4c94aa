# Closures created in loops see the final loop value unless bound early.
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make(i):
    return lambda: i
print([make(i)() for i in range(3)])
i = 100
fns = [lambda: i for i in range(3)]
print([f() for f in fns], i)
def counter():
    fs = []
    total = 0
    for step in (1, 10):
        def f(step=step):
            nonlocal total
            total += step
            return total
        fs.append(f)
    return fs
a, b = counter()
print(a(), b(), a(), b())
