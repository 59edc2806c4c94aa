# isinstance() with a builtin type as the class: subclasses (bool of int),
# user subclasses of builtins, classes claiming a __class__, the
# exception classes, object and type, and a builtin name rebound locally.
from abc import ABCMeta


class MyInt(int):
    pass


class MyList(list):
    pass


class Liar:
    @property
    def __class__(self):
        return int


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


values = [0, True, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, MyInt(3),
          MyList(), Liar(), ValueError("v"), KeyError("k"), WithMeta,
          WithMeta(), len, range(2), 3j]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, bool),
          isinstance(v, float), isinstance(v, str), isinstance(v, list),
          isinstance(v, dict), isinstance(v, tuple), isinstance(v, object),
          isinstance(v, type), isinstance(v, Exception),
          isinstance(v, LookupError), isinstance(v, (int, str)))


def shadowed(v):
    str = bytes  # a local named like the builtin
    return isinstance(v, str)


print(shadowed("x"), shadowed(b"x"))
calls = []


def value():
    calls.append("evaluated")
    return 5


print(isinstance(value(), int), calls)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
