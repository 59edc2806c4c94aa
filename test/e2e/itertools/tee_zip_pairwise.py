# itertools.tee, zip_longest and pairwise.
from itertools import tee, zip_longest, pairwise, count, islice


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
t = tee('abc', 3)
print(len(t), [list(x) for x in t])
print(tee([], 0), tee(5, 0))
x, y = tee(count())
print([next(x) for _ in range(5)], next(y))
a, b = tee([1, 2])
c, d = tee(a)
print(c is a, list(c), list(d), list(b))
show(lambda: tee([], -1))
show(lambda: tee(5))
show(lambda: tee([], 'x'))


# tee reads its input once, whatever the number of copies
def gen():
    for i in range(3):
        print('  read', i)
        yield i


p, q = tee(gen())
print(next(p), next(p), next(q), list(q), list(p))

print(list(zip_longest('abc', [1, 2])))
print(list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest('a')))
print(list(zip_longest([1], [], [2, 3], fillvalue=0)))
print(list(islice(zip_longest(count(), 'ab'), 4)))
show(lambda: zip_longest('a', 5))

print(list(pairwise('abcd')), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
print(list(islice(pairwise(count()), 3)))
show(lambda: pairwise(None))
