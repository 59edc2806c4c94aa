# Function decorators: plain, parameterized, stacked, preserving metadata.
def wraps(original):
    def copy_metadata(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__qualname__ = original.__qualname__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return copy_metadata
def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        print(f"-> {fn.__name__}{args}")
        result = fn(*args, **kw)
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
def bracket(s):
    def deco(fn):
        def wrapper(*a):
            return s[0] + fn(*a) + s[1]
        return wrapper
    return deco
@trace
def add(a, b):
    """Adds two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
@repeat(3)
def hello(n):
    return "hi" * n
print(hello(2))
@bracket("[]")
@bracket("()")
def name():
    return "x"
print(name())
order = []
def mark(label):
    order.append("factory " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@mark("outer")
@mark("inner")
def f():
    pass
print(order)
def no_wraps(fn):
    def inner():
        return fn()
    return inner
@no_wraps
def original():
    pass
print(original.__name__, original.__qualname__)
