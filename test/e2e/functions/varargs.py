# *args collects extra positional arguments into a tuple.
def f(a, *args):
    return a, args
print(f(1), f(1, 2, 3), f(*[1, 2]), f(*"xyz"), f(1, *(), *[2]))
def total(*nums, start=0):
    for n in nums:
        start += n
    return start
print(total(), total(1, 2, 3), total(1.5, 2, start=10), total(*range(101)))
def first_or_none(*items):
    return items[0] if items else None
print(first_or_none(), first_or_none("x", "y"))
def show(*args):
    print(type(args).__name__, len(args), args)
show()
show(None)
show([1], (2,))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
