# Closures capture variables (cells), not values; cells are shared.
def make_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = make_pair()
inc(); inc()
print(get(), get.__closure__ is not None, len(get.__closure__), get.__code__.co_freevars)
g2, i2 = make_pair()
i2()
print(get(), g2())
def adder(k):
    return lambda x: x + k
add5 = adder(5)
print(add5(10), adder(-1)(1), [adder(i)(0) for i in range(3)])
def outer():
    x = "first"
    def show():
        return x
    x = "rebound before call"
    return show
print(outer()())
def compose(*fns):
    def run(v):
        for f in reversed(fns):
            v = f(v)
        return v
    return run
print(compose(str, abs, lambda v: v - 10)(3))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
