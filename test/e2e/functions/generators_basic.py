# Generator functions: lazy execution, state between yields, return.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        yield i
        print("  resumed after", i)
        i += 1
    print("  end")
    return "done"
g = count_up(2)
print(type(g).__name__, "created, nothing printed yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(list(count_up(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fib()
print([next(gen) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in generator")
for v in gen_with_finally():
    print("got", v)
def chars(s):
    for c in s:
        if c == " ":
            continue
        yield c.upper()
print("".join(chars("a b c")))
