# itertools.product, permutations, combinations, combinations_with_replacement.
import math
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def s(it):
    return ' '.join(''.join(map(str, t)) for t in it)


print(s(product('ab', 'xy')))
print(s(product(range(2), repeat=3)))
print(s(product('ab', 'c', repeat=2)))
print(list(product()), list(product(repeat=0)), list(product('ab', [])), list(product([], repeat=0)))
print(list(product([1, 2], repeat=1)))
print(s(permutations('abc')))
print(s(permutations('abcd', 2)))
print(list(permutations('abc', 0)), list(permutations('ab', 3)), list(permutations([])))
print(s(permutations(range(3), True)))
print(s(combinations('abcd', 2)))
print(s(combinations(range(5), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations('', 0)))
print(s(cwr('abc', 2)))
print(list(cwr('', 2)), list(cwr('', 0)), list(cwr('ab', 0)))
print(s(cwr([1, 2], 3)))
# duplicates in the input are kept: positions, not values, are combined
print(s(permutations('aab', 2)))
print(s(combinations('aab', 2)))

for n in range(6):
    for r in range(7):
        ok = (len(list(permutations(range(n), r))) == math.perm(n, r)
              and len(list(combinations(range(n), r))) == math.comb(n, r)
              and len(list(cwr(range(n), r))) == (math.comb(n + r - 1, r) if n else int(r == 0)))
        if not ok:
            print('count mismatch', n, r)
print(sorted(permutations(range(5))) == list(permutations(range(5))))
print(len(list(product(range(3), range(4), range(5)))))


class Idx:
    def __index__(self):
        return 2


print(s(combinations('abc', Idx())), s(product('ab', repeat=Idx())))
show(lambda: permutations('abc', Idx()))
show(lambda: permutations('abc', 1.0))
show(lambda: permutations('abc', -1))
show(lambda: combinations('abc', -1))
show(lambda: combinations('abc', None))
show(lambda: cwr('abc', -1))
show(lambda: cwr('abc', 1.5))
show(lambda: product('ab', repeat=-1))
show(lambda: product('ab', repeat=1.0))
show(lambda: product(1))
show(lambda: combinations('abc', 2**70))
