# collections.abc as base classes: the mixin methods of the container ABCs.
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence,
                             Set, MutableSet, KeysView, ItemsView, ValuesView)
from collections import Counter, ChainMap


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
print(f['a'], f.get('z'), f.get('z', 0), 'a' in f, 'z' in f, len(f), list(f))
print(type(f.keys()).__name__, list(f.items()), list(f.values()), isinstance(f.keys(), KeysView))
print(f == {'a': 1, 'b': 2}, f == Frozen(b=2, a=1), f != {'a': 1}, f == 3, dict(f))
print(Counter(f), ChainMap({}, f)['b'], sorted(f.keys() | {'q'}), ('a', 1) in f.items())


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s['A'] = 1
s.update({'B': 2}, C=3)
s.update([('D', 4)])
print(dict(s), s.setdefault('a', 9), s.setdefault('e', 5), s.pop('b'), s.pop('zz', None))
print(s.popitem(), dict(s))
try:
    s.pop('zz')
except KeyError as e:
    print('KeyError', e)
s.clear()
print(len(s), dict(s))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


sq = Squares(6)
print(list(sq), 16 in sq, 15 in sq, list(reversed(sq)), sq.index(9), sq.count(4))
try:
    sq.index(7)
except ValueError as e:
    print('ValueError', repr(e))


class Items(MutableSequence):
    def __init__(self, *a):
        self._l = list(a)

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)


it = Items(1, 2)
it.append(3)
it.extend([4, 5])
it += [6]
it.reverse()
print(it._l, it.pop(), it.pop(0), it._l)
it.remove(3)
print(it._l, it.index(4))
it.clear()
print(it._l)


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, v):
        return v in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, v):
        self._s.add(v)

    def discard(self, v):
        self._s.discard(v)


b = Bits([1, 2, 3])
print(list(b & {2, 3, 4}), list(b | [9]), list(b - {1}), list(b ^ Bits([3, 4])))
print(b <= {1, 2, 3, 4}, b < {1, 2, 3}, b == {1, 2, 3}, b >= Bits([1]), b.isdisjoint([7]))
b |= [5]
b -= {1}
b ^= {2, 6}
b &= {3, 5, 6, 7}
print(list(b), b.pop(), list(b))
b.remove(5)
try:
    b.remove(5)
except KeyError as e:
    print('KeyError', e)
print(issubclass(MutableSet, Set), issubclass(MutableMapping, Mapping), ValuesView.__name__)
