# contextlib: suppress, contextmanager generators, ExitStack, nullcontext.
from contextlib import suppress, contextmanager, ExitStack, nullcontext
with suppress(FileNotFoundError, ValueError):
    int("nope")
    print("not reached")
print("after suppress")
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled in generator:", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("  body", t)
with tag("b"):
    raise KeyError("swallowed by the generator")
try:
    with tag("c"):
        raise ValueError("passes through")
except ValueError as e:
    print("ValueError:", e)
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback runs first")
    print("  entered", names)
with nullcontext(42) as v:
    print("nullcontext gives", v)
