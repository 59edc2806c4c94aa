# Defining classes, __init__, methods, instance state and type().
class Counter:
    """Counts things."""
    def __init__(self, start=0):
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
    def get(self):
        return self.value
a = Counter()
b = Counter(10)
a.inc().inc().inc(5)
b.inc(-3)
print(a.get(), b.get(), a.value, Counter.__doc__, Counter.__name__, Counter.__qualname__)
print(type(a) is Counter, type(a).__name__, isinstance(b, Counter), a is not b)
print(repr(Counter), Counter.__module__, type(Counter).__name__)
m = a.inc
m(100)
print(a.value, Counter.inc(a, 1).value)
class Empty:
    pass
e = Empty()
print(type(e).__name__, e.__dict__, Empty.__bases__ == (object,))
try:
    Counter(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    a.missing
except AttributeError as err:
    print("AttributeError:", err)
