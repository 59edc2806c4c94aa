# `Name(args)` calls of a module's own classes, while the name, the class
# and its __init__ change: each call must do what calling the current
# value of the name does.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def make(n):
    return [Point(i, -i) for i in range(n)]


print(make(3))


OriginalPoint = Point


class Point3(Point):
    def __init__(self, x, y):
        OriginalPoint.__init__(self, x * 10, y * 10)


Point = Point3  # the name now holds another class
print(make(2), type(make(1)[0]).__name__)


class Inherits(OriginalPoint):
    pass


Point = Inherits  # a subclass that inherits the very same __init__
print(make(2), type(make(1)[0]).__name__)


def Point(x, y):  # and now a function
    return ("function", x, y)


print(make(2))
Point = OriginalPoint
print(make(1))


def loud_init(self, x, y):
    self.x, self.y = "loud", x + y


Point.__init__ = loud_init
print(make(2))
del Point.__init__
try:
    make(1)
except TypeError as e:
    print("TypeError:", e)
Point.__init__ = lambda self, x, y: None
print(vars(make(1)[0]))


class Returns:
    def __init__(self, v):
        if v:
            return v


print(type(Returns(0)).__name__)
try:
    Returns(5)
except TypeError as e:
    print("TypeError:", e)


class Fails:
    def __init__(self, why):
        raise ValueError(why)


try:
    Fails("bad argument")
except ValueError as e:
    print("ValueError:", e, type(e.__traceback__).__name__)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, [2])
print(s.a, s.b, hasattr(s, "__dict__"))


class WithNew:
    def __init__(self, v):
        self.v = v


print(WithNew(1).v)


def new(cls, v):
    obj = object.__new__(cls)
    obj.created_by_new = True
    return obj


WithNew.__new__ = new
w = WithNew(2)
print(w.v, w.created_by_new)


class Meta(type):
    def __call__(cls, *args):
        return ("Meta.__call__", args)


class Managed(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(Managed(3))


class Err(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


e = Err(7)
print(e, e.code, e.args)
many = [Point(i, i) for i in range(2000)]
print(len(many), sys.getrecursionlimit() > 0)
