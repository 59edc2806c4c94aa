# collections.OrderedDict: repr, move_to_end, popitem(last=), ordered ==, views.
from collections import OrderedDict

od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od['a'], isinstance(od, dict))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
od.move_to_end('c', False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
od.clear()
for last in (True, False):
    try:
        od.popitem(last)
    except KeyError as e:
        print('KeyError', e)

x = OrderedDict(a=1, b=2)
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, x != y, x == dict(y), dict(y) == x, x == {'a': 1, 'b': 2}, x == 5)
print(OrderedDict.fromkeys('xyz', 0), OrderedDict({'q': [1]}, r=2))
print(x | {'c': 3}, {'c': 3} | x, type(x.copy()).__name__)
x |= [('d', 4)]
print(x, x.setdefault('e', 5), x.pop('a'), x)

k = x.keys()
print(k, x.values(), x.items(), OrderedDict().keys())
print(len(k), 'b' in k, list(reversed(k)), list(reversed(x.items())))
print(sorted(k & {'b', 'zz'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(sorted({'b', 'q'} & k), k == {'b', 'd', 'e'}, k <= {'b', 'd', 'e', 'f'}, k.isdisjoint('xyz'))
print(('b', 2) in x.items(), 5 in x.values(), x.items() == {('b', 2), ('d', 4), ('e', 5)})
x['new'] = 0
print(k, type(k).__name__, type(x.values()).__name__, type(x.items()).__name__)

lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = key * 10
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru)


class Sub(OrderedDict):
    pass


s = Sub(a=1)
print(s, Sub(), s.copy(), s | {'z': 0}, s == OrderedDict(a=1))
r = OrderedDict(a=1)
r['me'] = r
print(r)
try:
    hash(OrderedDict())
except TypeError as e:
    print('TypeError', str(e).replace('collections.', ''))
