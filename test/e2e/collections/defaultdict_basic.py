# collections.defaultdict: factories, __missing__, repr, copy, | and errors.
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, len(d), d['a'], 'c' in d, d.get('c'))
print(isinstance(d, dict), type(d).__name__, d.default_factory)

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts)

nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 3
print(nested['x']['y'], dict(nested['x']), list(nested))

print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(set, [('k', {1})], z=5))
print(defaultdict(default_factory=list))   # a key, the factory is positional-only
dd = defaultdict(str, a='x')
dd.default_factory = None
try:
    dd['missing']
except KeyError as e:
    print('KeyError', e)
print(dd.__missing__ is not None, defaultdict(int).__missing__('k'))

c = counts.copy()
c['z'] = 9
print(type(c).__name__, c.default_factory, 'z' in counts, c == counts)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1))
u = defaultdict(list, a=[1])
u |= {'b': [2]}
print(u)
print(defaultdict.fromkeys('ab', 0))


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c']
print(t['a']['b'], type(t['a']).__name__)


class Named(defaultdict):
    pass


print(Named(int, q=1), Named(int).copy())
r = defaultdict(list)
r['self'] = r
print(r)
for bad in (5, 'str', [1]):
    try:
        defaultdict(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    defaultdict(int) | 3
except TypeError as e:
    print('TypeError', str(e).replace('collections.', ''))
