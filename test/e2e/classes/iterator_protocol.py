# __iter__/__next__ classes; iterables vs iterators; StopIteration.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountDown(self.n)
c = CountDown(3)
print(list(c), list(c))
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, max(r))
it = iter(CountDown(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for a, b in zip(Range2(3), CountDown(5)):
    print(a, b)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
