# contextlib.contextmanager: enter/exit order, exceptions thrown into the generator, suppression rules
from contextlib import contextmanager

@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)

print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__)
with tag("b") as t:
    print("body", t)
with tag("i"), tag("u") as u:
    print("nested", u)

# an exception in the body propagates through a generator that does not catch it
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("handled", type(e).__name__, e)

with catching(KeyError):
    {}["missing"]
print("after suppress")
try:
    with catching(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)

@contextmanager
def cleanup():
    try:
        yield "res"
    finally:
        print("cleanup runs")
for exc in [None, ValueError("v"), KeyboardInterrupt(), SystemExit(3)]:
    try:
        with cleanup() as r:
            if exc is not None:
                raise exc
            print("ok", r)
    except BaseException as e:
        print("propagated", type(e).__name__, e)

# the generator may replace the exception
@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated %s" % e) from e
try:
    with translate():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# the with statement gets the value returned by __enter__; a return in the generator is fine
@contextmanager
def counter():
    n = [0]
    yield n
    print("final", n[0])
    return "ignored"
with counter() as c:
    c[0] += 5

# the object made by the factory is a _GeneratorContextManager
cm = tag("x")
print(type(cm).__name__, cm.__doc__)
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("reuse:", type(e).__name__, e)
