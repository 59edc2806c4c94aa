# nonlocal rebinding of enclosing function variables.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc()
    inc()
    return inc() + count
print(make_counter())
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x = 3
        inner()
        print("middle x", x)
    middle()
    print("outer x", x)
outer()
def accumulate(values):
    total = 0
    largest = None
    def visit(v):
        nonlocal total, largest
        total += v
        if largest is None or v > largest:
            largest = v
    for v in values:
        visit(v)
    return [total, largest]
print(accumulate([3, 9, -2, 7.5]), accumulate([]))
def fib_upto(limit):
    a = 0
    b = 1
    out = []
    def step():
        nonlocal a, b
        t = a + b
        a = b
        b = t
    while a < limit:
        out.append(a)
        step()
    return out
print(fib_upto(200))
def two_levels():
    n = 0
    def level1():
        def level2():
            nonlocal n
            n += 100
        level2()
        level2()
    level1()
    return n
print(two_levels())
