# Closures, decorators (with args, stacked, class-based), functools.wraps/partial/lru_cache/reduce, nonlocal.
import functools
import time

call_log = []

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        call_log.append(func.__name__)
        result = func(*args, **kwargs)
        return result
    return wrapper

def repeat(n):
    def deco(func):
        @functools.wraps(func)
        def inner(*a, **k):
            return [func(*a, **k) for _ in range(n)]
        return inner
    return deco

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@logged
def add(a, b=10):
    """Add two numbers."""
    return a + b

@repeat(3)
@logged
def greet(name):
    return f"hi {name}"

@CountCalls
def square(x):
    return x * x

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.lru_cache(maxsize=2)
def slow(x):
    call_log.append(("slow", x))
    return x * 2

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]

def late_binding():
    return [lambda x: x * i for i in range(4)]

print(add(1), add(1, 2), add(b=5, a=5), add.__name__, add.__doc__)
print(greet("bob"), greet.__name__)
print(square(3), square(4), square.calls)
print(fib(80), fib.cache_info())
print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(slow.cache_info())
print(call_log)
inc, get = make_counter(5)
inc(); inc(10)
print(get())
print([f(10) for f in make_multipliers()], [f(10) for f in late_binding()])
p = functools.partial(pow, 2)
print(p(10), functools.partial(int, base=16)("ff"))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)
def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(lambda x: x + 1, lambda x: x * 2, str, lambda s: s + "!")
print(pipeline(4))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(50), len(ways.cache))
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
kw = lambda *a, sep="-", **k: sep.join(map(str, a)) + str(sorted(k.items()))
print(kw(1, 2, 3), kw(sep="+", z=1, a=2))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError", e)
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
t0 = time.time()
print(type(t0).__name__)
