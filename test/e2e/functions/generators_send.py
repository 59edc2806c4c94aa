# Generator.send: coroutine-style running averages and echo.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
next(e)
print(e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
g = averager()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
def delegating():
    r = yield from averager()
    yield ("delegate got", r)
d = delegating()
next(d)
d.send(3)
d.send(5)
print(d.send(None))
