# collections.deque: both ends, maxlen, extend/extendleft, rotate, repr.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, d[0], d[-1], len(d))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
for meth in (d.pop, d.popleft):
    try:
        meth()
    except IndexError as e:
        print('IndexError', e)

d = deque('abc')
d.extend('de')
d.extendleft('xy')
print(d, list(d), list(reversed(d)))
d.extend(d)
print(d)
q = deque(range(10))
out = [q.popleft() if i % 3 else q.pop() for i in range(10)]
print(out, q)

b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(5)
print(b)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.extendleft([10, 11, 12, 13])
print(b)
print(deque(maxlen=0), deque([1, 2], maxlen=0), deque('ab', 5), deque([1], True))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))
try:
    b.maxlen = 5
except AttributeError as e:
    print('AttributeError', e)
for bad in (-1, 'x', 2.0):
    try:
        deque([], maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

r = deque(range(7))
r.rotate()
print(r)
r.rotate(3)
print(r)
r.rotate(-5)
print(r)
r.rotate(14)
r.rotate(-100)
print(r)
deque().rotate(3)
one = deque([1])
one.rotate(-2)
print(one)
try:
    r.rotate('x')
except TypeError as e:
    print('TypeError', e)

r.reverse()
print(r, r.copy(), deque([1, 2], maxlen=4).copy())
r.clear()
print(r, len(r))
d = deque([1])
d.append(d)
print(d)
print(repr(deque('xy', maxlen=2)), str(deque([[1], (2,)])))
d2 = deque([1, 2, 3])
d2.__init__([9])
print(d2, deque(deque([4, 5]), 1))
