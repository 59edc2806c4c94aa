# Counter arithmetic (+ - | & and unary), in-place forms and 3.11 comparisons.
from collections import Counter

a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(a=1, b=2, e=4, c=-5)
print(a + b, a - b, a | b, a & b)
print(b + a, b - a, b | a, b & a)
print(+a, -a, +Counter(), -Counter(x=-1, y=2))
print(Counter(a=1) + Counter(b=1), Counter(b=1) + Counter(a=1))
print(Counter(x=2.5) + Counter(x=1), Counter(x=True) | Counter())

x = Counter(a=3, b=-1)
y = x
x += Counter(b=1, z=2)
print(x, x is y)
x -= Counter(a=1, q=-3)
print(x)
x |= Counter(a=5, w=-1)
print(x)
x &= Counter(a=4, q=1, z=9)
print(x, x is y)
x += {'m': 2}            # the in-place operators accept plain dicts
x |= {'a': 10}
print(x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0))
print(Counter(a=1) == {'a': 1}, {'a': 1} == Counter(a=1), Counter() == {})
print(Counter(a=2) == Counter(a=2.0), Counter(a=1) == Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=0), Counter(a=1) < Counter(a=2),
      Counter(a=1) < Counter(a=1, b=0), Counter(a=1) >= Counter(),
      Counter(a=1) > Counter(a=1), Counter(a=2, b=1) > Counter(a=1))
print(Counter('ab') <= Counter('aabb'), Counter('abc') <= Counter('aabb'))
print(Counter(a=1) | {'a': 2})   # not a Counter: dict's | answers

for op in ('+', '-', '&', '<'):
    for left, right in ((Counter(a=1), {'a': 1}), (Counter(a=1), 1), (1, Counter(a=1))):
        try:
            if op == '+':
                left + right
            elif op == '-':
                left - right
            elif op == '&':
                left & right
            else:
                left < right
        except TypeError as e:
            print('TypeError', e)
try:
    Counter(a='x') + Counter(a='y')
except TypeError as e:
    print('TypeError', e)
