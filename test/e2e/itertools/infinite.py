# itertools.count, cycle and repeat: values, reprs, arguments and errors.
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(start=3, step=-1), 5)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(2**70), 2)))
print(list(islice(count(1j, 1), 2)))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)))
print(repr(count(1, True)), repr(count(1, 0)), repr(count(-3, -2)))
c = count(3)
next(c)
print(repr(c), iter(c) is c)
show(lambda: count('a'))
show(lambda: count(1, 'a'))
show(lambda: count(None))

print(list(islice(cycle('abc'), 8)))
print(list(cycle([])))
cy = cycle(x * x for x in range(3))
print([next(cy) for _ in range(7)])
show(lambda: cycle(5))

print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -4)))
print(list(repeat(7, times=2)))
print(list(islice(repeat([1]), 3)))
r = repeat('a', 3)
print(repr(r), r.__length_hint__())
next(r)
print(repr(r), r.__length_hint__())
print(repr(repeat(5)), repr(repeat('a', -1)), repr(repeat([1, 2])))
show(lambda: repeat(1).__length_hint__())
show(lambda: repeat(None, 'x'))
show(lambda: repeat(None, None))
show(lambda: repeat(1, 2.0))
show(lambda: repeat(1, 2**70))

# count drives a zip, the usual way of numbering
print(list(zip(count(1), 'abc')))
print(list(map(pow, range(5), repeat(2))))


class Idx:
    def __index__(self):
        return 2


print(list(repeat('i', Idx())))
