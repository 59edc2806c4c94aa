# contextlib: context managers as decorators (ContextDecorator), suppress, closing, nullcontext
from contextlib import contextmanager, ContextDecorator, suppress, closing, nullcontext

@contextmanager
def logged(name):
    print("enter", name)
    try:
        yield
    finally:
        print("exit", name)

@logged("work")
def work(x, y=2):
    """Does work."""
    print("working", x, y)
    return x * y
print(work(3), work(4, y=5), work.__name__, work.__doc__)

class timing(ContextDecorator):
    def __enter__(self):
        print("start")
        return self
    def __exit__(self, *exc):
        print("stop", exc[0].__name__ if exc[0] else None)
        return False
@timing()
def job(n):
    if n < 0:
        raise ValueError("negative")
    return n + 1
print(job(1))
try:
    job(-1)
except ValueError as e:
    print("raised", e)
with timing() as t:
    print(type(t).__name__)

# suppress
with suppress(KeyError):
    {}["x"]
    print("not reached")
with suppress(KeyError, IndexError):
    [][0]
with suppress(LookupError):
    {}["y"]
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
s = suppress(ValueError)
for v in ["1", "x", "3"]:
    with s:
        print(int(v))
print(s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None),
      s.__exit__(TypeError, TypeError(), None))

# closing
class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closed", self.name)
with closing(Resource("db")) as r:
    print("using", r.name)
try:
    with closing(Resource("net")):
        raise OSError("down")
except OSError as e:
    print("OSError", e)

# nullcontext
with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)
def maybe_lock(lock):
    return lock if lock is not None else nullcontext()
with maybe_lock(None):
    print("no lock")
with maybe_lock(closing(Resource("lock"))) as r:
    print("locked", r.name)
