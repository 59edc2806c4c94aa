# Functions are descriptors: __get__ binds them to an instance, which is
# how a class attribute lookup makes a method, and what wrappers that
# forward to a function rely on.
def area(self):
    return self.w * self.h


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h


r = Rect(3, 4)
bound = area.__get__(r, Rect)
print(bound(), bound.__self__ is r, bound.__func__ is area)
print(area.__get__(None, Rect) is area, hasattr(area, "__get__"))
print(area.__get__(r)())
for args in [(), (None, None), (1, 2, 3)]:
    try:
        area.__get__(*args)
    except TypeError as e:
        print("TypeError:", e)


class Forward:
    """A descriptor that defers to the function it wraps."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.func.__get__(obj, owner)


class Box:
    def __init__(self, v):
        self.v = v

    @Forward
    def double(self):
        return self.v * 2


print(Box(21).double(), type(Box.__dict__["double"]).__name__)
print(type(bound).__name__, (lambda s: s).__get__(5)())
