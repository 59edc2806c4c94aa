# operator's function forms of arithmetic, comparison, logic and bit operators.
import operator as op
from operator import call


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.mod(-7, 3), op.pow(2, 10), op.pow(2, -1), op.neg(5), op.pos(-5))
print(op.abs(-3), op.abs(-2.5), op.abs(3 + 4j), op.abs(True))
print(op.add('ab', 'cd'), op.mul('ab', 3), op.mul([0], 2), op.add([1], [2]))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge(1, 2))
print(op.lt([1, 2], [1, 3]), op.eq(None, None))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.truth(0.0))
print(op.is_(None, None), op.is_not(1, None), op.is_([], []))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(-1))
print(op.lshift(1, 40), op.rshift(1024, 3), op.and_({1, 2}, {2, 3}), op.or_(True, False))
print(op.index(7), op.index(True), type(op.index(True)).__name__, op.index(-2**80))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

    def __abs__(self):
        return 'abs!'

    def __index__(self):
        return 4

    def __neg__(self):
        return Vec(*[-x for x in self.c])

    def __lt__(self, o):
        return self.c < o.c

    def __repr__(self):
        return 'Vec%r' % (self.c,)


print(op.matmul(Vec(1, 2), Vec(3, 4)), op.abs(Vec()), op.index(Vec()), op.neg(Vec(1, 2)))
print(op.lt(Vec(1), Vec(2)), op.gt(Vec(1), Vec(2)))
print(op.call(int, '10', base=16), call(divmod, 17, 5), call(len, []))
show(lambda: op.add(1, 'a'))
show(lambda: op.truediv(1, 0))
show(lambda: op.neg('a'))
show(lambda: op.abs('a'))
show(lambda: op.index(1.5))
show(lambda: op.index('3'))
show(lambda: op.lt(1, 'a'))
show(lambda: op.matmul(1, 2))
show(lambda: op.invert(1.0))
print(op.add.__name__, op.not_.__name__, op.abs.__name__)
print(op.__add__ is op.add, op.__lt__ is op.lt, op.__invert__ is op.invert, op.__index__ is op.index)
print(op.__mul__(6, 7), op.__not__(0), op.__call__(len, 'abc', **{}))
# used as higher-order functions
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sorted([3, 1, 2], key=op.neg))
