# Misuse of generators and the errors it produces.
def gen():
    yield 1
g = gen()
print(list(g), list(g), next(g, "exhausted"))
def raises_stop():
    yield 1
    raise StopIteration("explicit")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def self_ref():
    yield next(me)
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def err():
    yield 1
    1 / 0
    yield 2
e = err()
print(next(e))
try:
    next(e)
except ZeroDivisionError as x:
    print("ZeroDivisionError:", x)
print(next(e, "dead after exception"))
def states():
    print("  running inside:", s.gi_running)
    yield
s = states()
print(s.gi_running, s.gi_frame is None)
next(s)
print(s.gi_running, s.gi_frame is None)
s.close()
print(s.gi_running, s.gi_frame is None)
