# Exceptions: custom hierarchies, try/except/else/finally ordering, chaining, re-raise, context managers.
from contextlib import contextmanager, suppress

class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code

class ParseError(AppError):
    pass

class NetError(AppError):
    def __str__(self):
        return f"[net {self.code}] {self.args[0]}"

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad int {s!r}", 2) from e

def flow(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise KeyError("k")
        if x == 2:
            return log + ["return"]
        if x == 3:
            1 / 0
    except KeyError as e:
        log.append(f"key {e}")
    except (ZeroDivisionError, TypeError) as e:
        log.append(f"{type(e).__name__}: {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for i in range(4):
    print(i, flow(i))

def fin_return():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(fin_return())

for s in ("12", "x1", "3.5"):
    try:
        print(parse(s))
    except AppError as e:
        print(type(e).__name__, e, e.code, type(e.__cause__).__name__, e.__cause__)

try:
    raise NetError("timeout", 504)
except AppError as e:
    print(e, repr(e), e.args)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))

def reraiser():
    try:
        [1][5]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraiser()
except IndexError as e:
    print("caught", e)

@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"close {name}")

log = []
with resource("a", log) as r:
    log.append(f"using {r}")
with resource("b", log):
    raise ValueError("oops")
try:
    with resource("c", log):
        raise KeyError("bad")
except KeyError:
    log.append("outer caught")
print(log)

class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append(f"exit {et.__name__ if et else None}")
        return et is TypeError

with Timer() as t:
    len(5)
print(t.events)
with suppress(ZeroDivisionError, KeyError):
    print("before")
    {}[1]
    print("never")
print("after suppress")
errs = [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"),
        AttributeError("a"), StopIteration(5), RuntimeError(), LookupError("l"), ArithmeticError("ar")]
for e in errs:
    print(type(e).__name__, str(e), repr(e), isinstance(e, LookupError), isinstance(e, ArithmeticError))
try:
    int("abc")
except Exception as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1, 2].index(9)
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
raise ParseError("fatal at end", 3)
