# yield from delegates to sub-iterators and returns their return value.
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) finished"
def outer():
    r1 = yield from inner(2)
    print("  r1 =", r1)
    r2 = yield from inner(3)
    print("  r2 =", r2)
    yield from "ab"
    yield from [10, 20]
    return "outer done"
g = outer()
print(list(g))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
def tree(depth, prefix="n"):
    yield prefix
    if depth:
        yield from tree(depth - 1, prefix + "L")
        yield from tree(depth - 1, prefix + "R")
print(list(tree(2)))
def capture():
    result = yield from outer()
    yield "captured: " + result
print(list(capture())[-1])
