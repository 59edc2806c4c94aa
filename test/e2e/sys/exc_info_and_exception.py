# sys.exc_info() and sys.exception(): the exception being handled, also in
# functions called from the except block and after a nested handler ends.
import sys


def inner():
    return sys.exc_info()


print(sys.exc_info(), sys.exception())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), type(tb).__name__, tb is v.__traceback__)
    print(inner()[1] is v, sys.exception() is v)
    try:
        1 / 0
    except ZeroDivisionError as z:
        print(sys.exc_info()[0].__name__, sys.exception() is z)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())


def gen():
    try:
        yield 1
    except KeyError:
        yield sys.exc_info()[0]


g = gen()
next(g)
print(g.throw(KeyError("k")))
