# StopIteration inside generators becomes RuntimeError (PEP 479).
def leaky():
    it = iter([1, 2])
    while True:
        yield next(it)
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e)
def safe():
    it = iter([1, 2])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe()))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done")
        return self.n
print(list(Counter()), [x * 2 for x in Counter()])
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty StopIteration args:", e.args, e.value)
