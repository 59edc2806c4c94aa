# functools.reduce: with and without initial value, errors.
import operator
from functools import reduce


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(operator.add, [1, 2, 3, 4, 5]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(operator.add, [], 0), reduce(operator.add, [7]), reduce(operator.add, [], 'init'))
print(reduce(lambda acc, w: acc + [len(w)], 'a bb ccc'.split(), []))
print(reduce(max, [3, 9, 2, 7]))
print(reduce(lambda a, b: a + b, 'abc', '>'))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]))
print(reduce(lambda a, b: b, iter(range(1000))))
# the function sees the accumulator first
print(reduce(lambda a, b: '(%s%s)' % (a, b), 'wxyz'))
show(lambda: reduce(operator.add, []))
show(lambda: reduce(operator.add, iter([])))
show(lambda: reduce(operator.add, 5))
show(lambda: reduce(operator.add, [1], None))
show(lambda: reduce(5, [1, 2]))
show(lambda: reduce(5, [1]))
show(lambda: reduce(operator.add, [1, 'a']))
try:
    reduce(operator.add, 3)
except TypeError as e:
    print(e, e.__context__)
