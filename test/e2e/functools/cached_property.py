# functools.cached_property: computed once, stored in the instance dict.
from functools import cached_property


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """Sum of the values."""
        self.computed += 1
        return sum(self.values)


d = Data([1, 2, 3])
print(d.total, d.total, d.computed, d.__dict__['total'])
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)
e = Data([5])
print(e.total, d.total)


class NoDict:
    __slots__ = ()

    @cached_property
    def v(self):
        return 1


show(lambda: NoDict().v)

cp = cached_property(lambda self: 42)
print(cp.attrname)
show(lambda: cp.__get__(Data([])))


class Late:
    pass


Late.answer = cp
cp.__set_name__(Late, 'answer')
print(Late().answer)
show(lambda: cp.__set_name__(Late, 'other'))


class Fails:
    @cached_property
    def bad(self):
        raise ValueError('cannot compute')


f = Fails()
show(lambda: f.bad)
print('bad' in f.__dict__)
try:
    class Twice:
        a = cp
        b = cp
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
