# obj.m(args) is compiled without a bound method object when the class's
# attribute is a plain function; every other kind of attribute must still
# be found and called as getattr would, and the lookup must happen before
# the arguments are evaluated.


def trace(msg, value):
    print("eval", msg)
    return value


class K:
    def __init__(self):
        self.n = 1

    def m(self, a, b=2, *, c=3):
        return ("m", self.n, a, b, c)

    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)

    def __getattr__(self, name):
        return lambda *a: ("getattr", name, a)


k = K()
print(k.m(1), k.m(1, 5), k.m(a=7, c=9), k.m(*[4, 5]), k.m(**{"a": 1}))
print(k.s(3), k.c(4), k.dynamic(1, 2))

# An instance attribute shadows the class's function.
k.m = lambda *a: ("instance", a)
print(k.m(1, 2))
del k.m
print(k.m(0))

# Replacing the method on the class is seen by the next call.
def other(self, a, b=0, *, c=0):
    return ("other", a)


K.m = other
print(k.m(5))

# A callable object as class attribute is not bound.
class Callable:
    def __call__(self, *a):
        return ("callable", a)


class H:
    f = Callable()
    g = len


h = H()
print(h.f(1), h.g("abc"))


# The lookup comes before the arguments are evaluated.
class Empty:
    pass


try:
    Empty().missing(trace("arg", 1))
except AttributeError as e:
    print("AttributeError:", e)

try:
    k.m(trace("first", 1), trace("second", 2), 3)
except TypeError as e:
    print("TypeError:", e)


# Methods of builtin types and their subclasses.
class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml.total(), ml.count(2), "a,b".split(","), {1: 2}.get(1))


# __getattribute__ sees method lookups too.
class Watched:
    def __getattribute__(self, name):
        print("lookup", name)
        return object.__getattribute__(self, name)

    def go(self, x):
        return x * 2


print(Watched().go(21))


# Wrong argument counts report the method's qualified name.
try:
    k.c()
except TypeError as e:
    print("TypeError:", e)
try:
    Watched.go(Watched(), 1, 2)
except TypeError as e:
    print("TypeError:", e)

# A generator argument with a yield between lookup and call.
def gen(obj):
    result = obj.m((yield "first"), c=(yield "second"))
    yield result


g = gen(K())
print(next(g), g.send(10), g.send(20))
