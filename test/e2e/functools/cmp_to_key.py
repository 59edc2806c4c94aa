# functools.cmp_to_key: sorting with old-style comparison functions.
from functools import cmp_to_key


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def numeric(a, b):
    return a - b


def by_len_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


print(sorted([5, 2, 9, 1], key=cmp_to_key(numeric)))
print(sorted(['bb', 'a', 'ccc', 'aa', 'b'], key=cmp_to_key(by_len_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(numeric), reverse=True))
print(min([4, 8, 1], key=cmp_to_key(numeric)), max('hello', key=cmp_to_key(lambda a, b: ord(a) - ord(b))))
K = cmp_to_key(numeric)
a, b = K(3), K(4)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, K(3) == K(3), a.obj)
show(lambda: a < 4)
try:
    hash(a)
except TypeError:
    print('key objects are unhashable')


# largest number formed by concatenation, a classic use
def cat_cmp(x, y):
    return (x + y < y + x) - (x + y > y + x)


print(''.join(sorted(['3', '30', '34', '5', '9'], key=cmp_to_key(cat_cmp))))
lst = [[2, 'b'], [1, 'z'], [2, 'a']]
lst.sort(key=cmp_to_key(lambda p, q: p[0] - q[0]))
print(lst)
