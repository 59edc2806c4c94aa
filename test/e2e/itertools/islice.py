# itertools.islice: every argument form, how much input it reads, and errors.
from itertools import islice, count


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)), list(islice(s, 1, 6, 3)), list(islice(s, None)))
print(list(islice(s, None, None, None)), list(islice(s, None, 3)), list(islice(s, 100)))
print(list(islice(s, 5, 2)), list(islice(s, 0)), list(islice(s, 3, 3)))
print(list(islice(count(), 5, 20, 4)), list(islice(count(), True, 3)))


class Idx:
    def __index__(self):
        return 3


print(list(islice(s, Idx())), list(islice(s, 1, Idx())))

# exactly as many items are read as CPython reads
for args in [(0, 3, 2), (1, 6, 2), (1, 7, 2), (5, 2), (3,), (0,), (2, None, 3), (2, 4)]:
    it = iter(range(10))
    got = list(islice(it, *args))
    print(args, got, next(it, 'end'))

# lazy: nothing is read before the first next()
def gen():
    print('  started')
    yield 1
    yield 2


sl = islice(gen(), 1)
print('created')
print(list(sl))

show(lambda: islice(s, -1))
show(lambda: islice(s, 'x'))
show(lambda: islice(s, 1.0))
show(lambda: islice(s, -1, 2))
show(lambda: islice(s, 'a', 2))
show(lambda: islice(s, 1, -1))
show(lambda: islice(s, 1, 2, 0))
show(lambda: islice(s, 1, 2, -1))
show(lambda: islice(s, 1, 2, 1.5))
show(lambda: islice(s, -1, -1))
show(lambda: islice(s, 2**70))
show(lambda: islice(s))
show(lambda: islice(s, 1, 2, 3, 4))
show(lambda: islice(5, 2))
show(lambda: islice(5, -1))
