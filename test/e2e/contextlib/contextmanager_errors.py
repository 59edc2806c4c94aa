# contextlib.contextmanager: misbehaving generators and StopIteration/RuntimeError corner cases
from contextlib import contextmanager

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)

@contextmanager
def two_yields():
    try:
        yield 1
        yield 2
    finally:
        print("gen closed")
try:
    with two_yields() as v:
        print("body", v)
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def yields_again():
    try:
        yield
    except ValueError:
        print("caught, yielding again")
        yield
    finally:
        print("gen closed")
try:
    with yields_again():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def plain():
    yield

# StopIteration raised in the body is re-raised as itself
try:
    with plain():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)
try:
    with plain():
        raise RuntimeError("rt")
except RuntimeError as e:
    print("RuntimeError", e)

# a generator that swallows StopIteration suppresses it
@contextmanager
def eat_all():
    try:
        yield
    except BaseException as e:
        print("eating", type(e).__name__)
with eat_all():
    raise StopIteration
with eat_all():
    raise GeneratorExit
print("still here")

# a different exception from the generator replaces the body's, with context
@contextmanager
def fails_on_exit():
    try:
        yield
    finally:
        raise OSError("cleanup failed")
try:
    with fails_on_exit():
        raise ValueError("original")
except OSError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
try:
    with fails_on_exit():
        pass
except OSError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# exception raised as a class
class MyErr(Exception):
    pass
@contextmanager
def show():
    try:
        yield
    except MyErr as e:
        print("got", repr(e))
        raise
try:
    with show():
        raise MyErr
except MyErr as e:
    print("outer", repr(e))
