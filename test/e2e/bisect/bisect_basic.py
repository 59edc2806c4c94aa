# bisect: bisect_left/right/bisect with lo, hi and key; edge cases and errors
import bisect
from bisect import bisect_left, bisect_right

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 5, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))

print(bisect_left([], 5), bisect_right([], 5))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 5), bisect_right(a, 2, 0, 2))
print(bisect_left(a, 2, lo=1, hi=3), bisect_right(a, 2, hi=4))
print(bisect_left(a, 2, 0, -1), bisect_right(a, 8, 0, -1))
print(bisect_left(a, 2, 0, None), bisect_right(a, 100, 3, 2))
print(bisect_left(a, 2, True))

# key applies to the elements, not to x
people = [("ann", 20), ("bob", 25), ("cid", 25), ("dee", 31)]
age = lambda p: p[1]
print(bisect_left(people, 25, key=age), bisect_right(people, 25, key=age))
print(bisect_left(people, 30, key=age), bisect_right(people, 19, key=age))
print(bisect_left(people, 25, 2, key=age))

# strings and tuples sort too
words = ["apple", "fig", "kiwi", "pear"]
print(bisect_left(words, "grape"), bisect_right(words, "kiwi"))
print(bisect_left("abcdef", "d"), bisect_right((1, 3, 5), 3))

# a class that only defines __lt__
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
vs = [V(1), V(4), V(9)]
print(bisect_left(vs, V(4)), bisect_right(vs, V(4)), bisect_right(vs, V(10)))

class Idx:
    def __index__(self):
        return 1
print(bisect_left(a, 2, Idx()), bisect_right(a, 8, 0, Idx()))

for args in [(a, 2, -1), (a, 2, "x"), (a, 2, 0, "y"), (a, 2, 1.5), (a, 2, 0, 2.0),
             (5, 2), (None, 1)]:
    try:
        print(bisect_left(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(bisect_right(a, 2, 0, 20))
except IndexError as e:
    print(type(e).__name__, e)
try:
    bisect_left([1, "a"], 3)
except TypeError as e:
    print(type(e).__name__, e)
print(bisect.bisect is bisect.bisect_right, bisect.bisect.__name__)
