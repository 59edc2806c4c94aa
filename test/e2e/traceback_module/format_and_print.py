# The traceback module: the report of an exception as text, printed to a
# file or returned, with chained exceptions, notes and the old-style
# (type, value, tb) arguments.
import io
import sys
import traceback


def inner(n):
    return 10 // n


def outer():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
    print(sum(1 for l in lines if l.startswith("  File")))
    print("direct cause" in text, "ZeroDivisionError: integer division or modulo by zero" in text)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    err = sys.exception()

items = traceback.format_exception(err)
print("".join(items) == text, items[0], items[-1], end="")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception(err, chain=False)[-1], end="")
print(len(traceback.format_exception(err, chain=False)) < len(items))

e = KeyError("k")
e.add_note("while loading")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))

try:
    [][5]
except IndexError:
    traceback.print_exc()
    print("printed to stderr")
