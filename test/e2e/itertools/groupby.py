# itertools.groupby: keys, key functions, and groups invalidated by advancing.
from itertools import groupby


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], lambda s: s[0])])
print(list(groupby([])))
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])

# Groups share the underlying iterator: advancing empties the old group.
groups = list(groupby('aabbbc'))
print([(k, list(g)) for k, g in groups])
g = groupby('aabbbcaa')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
k4, g4 = next(g)
print(k3, k4, list(g4), list(g3))
show(lambda: next(g))

# a partly consumed group is skipped
g = groupby([1, 1, 1, 2, 2, 3])
k, grp = next(g)
print(k, next(grp))
print([(k, list(v)) for k, v in g])

# sorting first gives one group per key
words = 'the quick brown fox jumps over the lazy dog'.split()
for length, ws in groupby(sorted(words, key=len), key=len):
    print(length, sorted(ws))

show(lambda: groupby(5))
show(lambda: list(groupby([1, 'a'], key=lambda x: x + 1)))


class Weird:
    def __eq__(self, other):
        raise RuntimeError('no compare')


show(lambda: list(groupby([Weird(), Weird()])))
