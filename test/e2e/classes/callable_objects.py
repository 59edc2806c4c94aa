# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, offset=0):
        self.calls += 1
        return x * self.k + offset
triple = Multiplier(3)
print(triple(5), triple(2, offset=1), triple.calls, callable(triple), callable(Multiplier), callable(5))
print(list(map(triple, [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self.total
acc = Accumulator()
print([acc(v) for v in [1, 2, 3, 4]])
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
