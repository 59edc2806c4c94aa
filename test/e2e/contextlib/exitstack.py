# contextlib.ExitStack: LIFO unwinding, callbacks, push, pop_all, suppression and exception chaining
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, fail=False, swallow=False):
    print("open", name)
    try:
        yield name
    except Exception as e:
        print(name, "saw", type(e).__name__, e)
        if not swallow:
            raise
    finally:
        print("close", name)
        if fail:
            raise RuntimeError("close failed: " + name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    print("got", names)
    stack.callback(print, "callback", 1, sep="-")

try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        stack.enter_context(res("y", swallow=True))
        raise ValueError("inner")
except ValueError as e:
    print("escaped", e)
print("swallowed")

# an exit callback that fails replaces the exception; the context chain shows both
try:
    with ExitStack() as stack:
        stack.enter_context(res("p", fail=True))
        stack.enter_context(res("q", fail=True))
        raise KeyError("body")
except RuntimeError as e:
    print("final", e)
    c = e.__context__
    while c is not None:
        print("  context", type(c).__name__, c)
        c = c.__context__

# push: both __exit__-style callables and objects with __exit__
def on_exit(typ, val, tb):
    print("on_exit", typ.__name__ if typ else None, val)
    return isinstance(val, ZeroDivisionError)
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("Guard exit", a[0].__name__ if a[0] else None)
with ExitStack() as stack:
    print(stack.push(on_exit) is on_exit)
    stack.push(Guard())
    1 / 0
print("after zero division")

# pop_all moves the callbacks out so nothing runs now
with ExitStack() as stack:
    stack.callback(print, "deferred")
    later = stack.pop_all()
print("stack closed")
later.close()
later.close()

# close() with nothing to do, and enter_context errors
ExitStack().close()
with ExitStack() as stack:
    for bad in [5, "s", object()]:
        try:
            stack.enter_context(bad)
        except TypeError as e:
            print(e)
    class NoExit:
        def __enter__(self):
            return 1
    try:
        stack.enter_context(NoExit())
    except TypeError as e:
        print(e)

# a callback does not suppress
try:
    with ExitStack() as stack:
        stack.callback(lambda: print("cb ran"))
        raise IndexError("idx")
except IndexError as e:
    print("IndexError", e)

# the exception being handled around the stack is not pulled into the chain
try:
    raise NameError("outer")
except NameError:
    try:
        with ExitStack() as stack:
            stack.callback(lambda: 1 / 0)
            raise TypeError("body")
    except ZeroDivisionError as e:
        print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
