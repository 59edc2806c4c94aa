# Generator.throw and Generator.close, GeneratorExit handling.
def worker():
    try:
        while True:
            try:
                v = yield
                print("  processed", v)
            except ValueError as e:
                print("  handled inside generator:", e)
    finally:
        print("  worker cleanup")
w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad input"))
w.send(2)
w.close()
print("closed; gi_frame is None:", w.gi_frame is None)
w.close()
def no_handler():
    yield 1
    yield 2
g = no_handler()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
print(list(g))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
r = returns_on_exit()
next(r)
r.close()
fresh = no_handler()
fresh.close()
print(list(fresh))
def catches_and_yields_value():
    try:
        yield "first"
    except ZeroDivisionError:
        yield "recovered"
c = catches_and_yields_value()
print(next(c), c.throw(ZeroDivisionError))
