# deque as a sequence: indexing, insert/remove/index/count, operators, iterators.
from collections import deque

d = deque([10, 20, 30, 40, 50])
print(d[0], d[2], d[-1], d[-5], d[True])
d[1] = 21
d[-1] = 51
del d[2]
print(d, len(d))
for i in (5, -6, 100):
    for op in ('get', 'set', 'del'):
        try:
            if op == 'get':
                d[i]
            elif op == 'set':
                d[i] = 0
            else:
                del d[i]
        except IndexError as e:
            print('IndexError', op, i, e)
for key in ('a', 1.0, slice(0, 1)):
    try:
        d[key]
    except TypeError as e:
        print('TypeError', e)

d.insert(0, 'first')
d.insert(2, 'mid')
d.insert(100, 'last')
d.insert(-100, 'very first')
d.insert(-1, 'before last')
print(d)
d.remove('mid')
print(d, d.index(21), d.index('last'), d.count(21), d.count('nope'))
print(deque([1, 2, 3, 2, 1]).index(2, 2), deque([1, 2, 3]).index(3, -1), deque('abc').index('a', 0, 1))
for call in (lambda: d.remove('zz'), lambda: d.index('zz'), lambda: deque('abc').index('a', 1)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 0)
except IndexError as e:
    print('IndexError', e)

print(3 in deque([1, 2, 3]), 4 in deque([1, 2, 3]), [1] in deque([[1]]))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) == deque([1, 2], maxlen=5), deque([1, 2]) < deque([1, 3]),
      deque([2]) > deque([1, 9]), deque('ab') <= deque('ab'), deque() >= deque())
print(deque([1]) + deque([2, 3]), deque([1], maxlen=1) + deque([2, 3]))
print(deque([1, 2]) * 2, 3 * deque('a'), deque([1, 2]) * 0, deque([1, 2], maxlen=3) * 2)
x = deque([1])
x += [2, 3]
x *= 2
print(x)
for call in (lambda: deque() + [1], lambda: deque() * 'a', lambda: deque() < [1],
             lambda: hash(deque())):
    try:
        call()
    except TypeError as e:
        print('TypeError', str(e).replace('collections.', ''))

it = iter(deque([1, 2, 3]))
print(next(it), list(it))
for mutate in ('append', 'pop', 'rotate', 'clear'):
    m = deque([1, 2, 3])
    it = iter(m)
    next(it)
    getattr(m, mutate)(*([9] if mutate == 'append' else []))
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', mutate, e)
m = deque([1, 2, 3, 4])
it = iter(m)
next(it)
m[0] = 'set'
m.reverse()            # neither changes the length: the iterator goes on
print(list(it))
m = deque([1, 2, 3])
rit = reversed(m)
print(next(rit), list(rit))
try:
    for v in m:
        m.append(v)
except RuntimeError as e:
    print('RuntimeError', e)


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.append(3)
print(s, s.peek(), s.copy(), s + deque([4]), Stack('ab', 2), isinstance(s, deque))
