# itertools.accumulate (func=, initial=) and chain / chain.from_iterable.
import operator
from itertools import accumulate, chain


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([1, 2], lambda a, b: a * b, initial=3)))
print(list(accumulate('abc')))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(iterable=[1, 2], func=operator.sub)))
print(list(accumulate([1, 2], None)))
print(list(accumulate([1, 2], initial=None)))
show(lambda: list(accumulate([1, 'a'])))
show(lambda: accumulate(3))
show(lambda: list(accumulate([1, 2], 5)))
# balance of an account with opening amount
print(list(accumulate([10, -3, 7, -20], initial=50)))

print(list(chain('ab', [1, 2], (3,), range(2))))
print(list(chain()), list(chain([], [])))
print(list(chain.from_iterable(['ab', 'cd', ''])))
print(list(chain.from_iterable([[1, 2], [3]])))
print(list(chain.from_iterable(x * 'z' for x in range(4))))
c = chain('a', 1, 'b')
print(next(c))
show(lambda: next(c))
print(next(c, 'ended'))
c = chain([1, 2], (x for x in [3, 4] if 1 / (x - 3)))
show(lambda: list(c))
print(list(c))
show(lambda: chain.from_iterable(5))
show(lambda: list(chain.from_iterable([1])))
print(isinstance(chain(), chain), type(chain.from_iterable([])) is chain)


class MyChain(chain):
    pass


m = MyChain.from_iterable(['xy', 'z'])
print(type(m).__name__, list(m))


# laziness: inputs are read only when needed
def noisy(tag, n):
    for i in range(n):
        print('  produce', tag, i)
        yield i


ch = chain(noisy('a', 2), noisy('b', 2))
print('created')
print(next(ch), next(ch), next(ch))
acc = accumulate(noisy('c', 3))
print('created')
print(next(acc), next(acc))
