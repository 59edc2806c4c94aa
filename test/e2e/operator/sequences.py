# operator's sequence functions and the in-place operators.
import operator as op


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)))
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({'k': 1}, 'k'))
print(op.countOf([1, 2, 1, 1.0], 1), op.countOf('banana', 'a'), op.countOf(iter([]), 0))
print(op.indexOf([5, 6, 7], 7), op.indexOf('abc', 'b'), op.indexOf(iter([3, 4]), 4))
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([1, nan], nan))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d)
lst = list(range(6))
print(op.getitem(lst, slice(1, 4)), op.getitem('xyz', -1))
op.setitem(lst, slice(0, 2), ['a'])
op.delitem(lst, -1)
print(lst)
show(lambda: op.concat(1, 2))
show(lambda: op.concat([1], (2,)))
show(lambda: op.iconcat(1, 2))
show(lambda: op.contains(1, 1))
show(lambda: op.indexOf([1, 2], 3))
show(lambda: op.getitem([1], 5))
show(lambda: op.getitem({}, 'k'))
show(lambda: op.delitem([], 0))
show(lambda: op.getitem(1, 0))

# in-place: lists change in place, immutables return new objects
a = [1]
b = op.iadd(a, [2, 3])
print(a, b is a)
b = op.iconcat(a, (4,))
print(a, b is a)
s = op.iadd('ab', 'c')
print(s, op.imul([0], 3), op.isub(10, 3), op.itruediv(7, 2), op.ifloordiv(7, 2))
print(op.imod(7, 4), op.ipow(3, 4), op.ilshift(1, 5), op.irshift(64, 2))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iand({1, 2}, {2}))
st = {1}
print(op.ior(st, {2}) is st, st)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __imatmul__(self, x):
        return 'imatmul %s' % x


acc = Acc()
print(op.iadd(acc, 5) is acc, acc.items, op.imatmul(acc, 2))
show(lambda: op.iadd(1, 'a'))
show(lambda: op.isub([], 1))
