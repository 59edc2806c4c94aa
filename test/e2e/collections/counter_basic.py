# collections.Counter: building, most_common, elements, update/subtract, repr.
from collections import Counter

c = Counter('abracadabra')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(c['a'], c['zzz'], 'zzz' in c, len(c), c.total())
print(sorted(c.elements()), list(Counter(x=2, y=0, z=-1).elements()))
print(Counter(), Counter([]), Counter({'a': 2, 'b': 5}), Counter(cats=4, dogs=8))
print(Counter({'a': 1}, b=2), Counter(iterable='ab'), Counter(self=1))
print(Counter([1, 2, 2, (3, 4), (3, 4), None]))
print(Counter({'x': 2.5, 'y': True, 'z': -3}))

c.update('aaz')
c.update({'b': 10, 'q': 0})
c.update(Counter(r=-2))
c.update(None)
c.update(k=1)
print(c)
c.subtract('aab')
c.subtract({'z': 5})
c.subtract(w=1)
print(c)
del c['a']
del c['not there']
print(c, c.get('a'), c['a'])

e = Counter()
e.update({'s': 'x'})      # an empty Counter stores the given counts as they are
print(e)
print(Counter({'a': [1], 'b': 'x'}))   # counts that cannot be sorted

words = 'the quick brown fox jumps over the lazy dog the end'.split()
wc = Counter(words)
print(wc.most_common(3), wc['the'], wc['cat'])
cp = wc.copy()
cp['the'] = 0
print(type(cp).__name__, wc['the'], cp['the'], +cp == +wc)


class MyCounter(Counter):
    pass


m = MyCounter('aab')
print(m, m.copy(), m + MyCounter('b'))

for call in (lambda: Counter.fromkeys('ab'), lambda: Counter(5),
             lambda: Counter('a').update(1), lambda: list(Counter(a=1.5).elements()),
             lambda: Counter('a', 'b')):
    try:
        call()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
