# Argument evaluation order and default-argument edge cases.
log = []
def arg(n):
    log.append(n)
    return n
def f(a, b, c=None, *rest, **kw):
    return a
f(arg(1), arg(2), *[arg(3), arg(4)], x=arg(5), **{"y": arg(6)})
print(log)
def g(x, items=[]):
    items.append(x)
    return items
print(g(1), g(2), g(3, []), g(4))
def h(n=len("abc")):
    return n
print(h(), h(0))
def kwonly_default_evaluated_once(*, d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(kwonly_default_evaluated_once(), kwonly_default_evaluated_once())
def recursion_with_default(n, acc=None):
    acc = [] if acc is None else acc
    if n:
        acc.append(n)
        recursion_with_default(n - 1, acc)
    return acc
print(recursion_with_default(4), recursion_with_default(2))
