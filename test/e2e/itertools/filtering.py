# itertools.compress, dropwhile, takewhile, filterfalse and starmap.
from itertools import compress, dropwhile, takewhile, filterfalse, starmap, count


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress('ABCDE', [0, 1])))
print(list(compress(data=range(10), selectors=[x % 3 == 0 for x in range(10)])))
print(list(compress(count(), [0, 1, 1, 0, 1])))
show(lambda: compress(1, [1]))
show(lambda: compress([1], 2))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(dropwhile(lambda x: False, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, count())))
print(list(takewhile(bool, [])), list(dropwhile(bool, [])))
show(lambda: list(dropwhile(None, [0, 1, 0])))
show(lambda: list(takewhile(None, [1, 0])))
show(lambda: takewhile(len, 5))

# takewhile consumes the first failing element
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
it = iter([1, 2, 10, 3, 4])
print(next(dropwhile(lambda x: x < 5, it)), list(it))

print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', [], [0], None, 2.5])))
show(lambda: filterfalse(None, 3))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(max, [[1, 5, 2], 'abc'])))
print(list(starmap(lambda *a: a, [(), (1,), (1, 2)])))
show(lambda: list(starmap(pow, [1])))
show(lambda: list(starmap(pow, [(1, 2, 3, 4)])))
show(lambda: starmap(pow, None))


def pred(x):
    if x == 3:
        raise ValueError('bad element %d' % x)
    return x < 10


show(lambda: list(takewhile(pred, range(5))))
show(lambda: list(filterfalse(pred, range(5))))
