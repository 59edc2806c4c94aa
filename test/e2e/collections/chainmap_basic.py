# collections.ChainMap: lookups through maps, writes to the first, views, |.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'root'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm['user'], cm['color'], cm.get('nope'), cm.get('nope', 0), 'size' in cm, 'zz' in cm)
print(len(cm), list(cm), sorted(cm.items()), bool(cm), bool(ChainMap({}, {})))
print(cm, ChainMap(), repr(ChainMap({'a': 1})))
cm['color'] = 'blue'
print(cli, cm['color'], defaults['color'])
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
for call in (lambda: cm.__delitem__('user'), lambda: cm.pop('size'), lambda: ChainMap({}, {'a': 1}).popitem()):
    try:
        call()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('size', 'dflt'), cm.pop('color'), cli)

child = cm.new_child()
child['user'] = 'alice'
print(child, child.parents, child.maps[1] is cli, cm['user'])
print(cm.new_child({'k': 1}), cm.new_child(k=2), ChainMap({'r': 1}).new_child({'m': 0}, n=1))
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 7), cm.copy(), cm.copy().maps[0] is cli)

c2 = ChainMap({'a': 1}, {'b': 2, 'a': 0}, {'c': 3})
print(c2.keys(), c2.values(), c2.items())
print(list(c2.keys()), list(c2.values()), list(c2.items()), len(c2.keys()))
print('a' in c2.keys(), ('a', 1) in c2.items(), ('a', 0) in c2.items(), 3 in c2.values())
print(sorted(c2.keys() & {'a', 'z'}), sorted(c2.keys() | ['z']), sorted(c2.keys() - {'a'}),
      sorted({'c', 'q'} ^ c2.keys()), c2.keys() == {'a', 'b', 'c'}, c2.keys() < {'a', 'b', 'c', 'd'})
print(dict(c2), c2 == {'a': 1, 'b': 2, 'c': 3}, c2 == ChainMap({'a': 1, 'b': 2, 'c': 3}), c2 == 5)
print(c2 | {'z': 0}, {'z': 0, 'a': 9} | c2)
c2 |= {'q': 1}
c2.update({'u': 1}, v=2)
c2.update([('w', 3)])
print(c2.maps[0], c2.setdefault('a', 100), c2.setdefault('new', 100), c2.maps[0])
c2.clear()
print(c2, len(c2))


class Missing(dict):
    def __missing__(self, key):
        return 'fallback'


print(ChainMap(Missing(), {'a': 1})['a'], ChainMap({'a': 1}, Missing())['zz'])
r = ChainMap({})
r['self'] = r
print(r)
for call in (lambda: hash(ChainMap()), lambda: ChainMap() | 5, lambda: reversed(ChainMap())):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
