# collections.abc answers isinstance/issubclass for builtin types (through
# registration) and for any class with the right methods (through
# __subclasshook__), and enforces abstract methods.
from collections.abc import (ByteString, Callable, Collection, Container,
                             Generator, Hashable, ItemsView, Iterable,
                             Iterator, KeysView, Mapping, MutableMapping,
                             MutableSequence, MutableSet, Reversible,
                             Sequence, Set, Sized, ValuesView)


def gen():
    yield 1


samples = [[1], (1,), "s", b"b", bytearray(b"x"), {1: 2}, {1}, frozenset(),
           range(3), iter([]), gen(), {}.keys(), {}.items(), {}.values(),
           len, gen, 3, None]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized,
        Container, Collection, Callable, Sequence, MutableSequence,
        ByteString, Set, MutableSet, Mapping, MutableMapping]
for x in samples:
    print(type(x).__name__.ljust(14),
          "".join("x" if isinstance(x, a) else "." for a in abcs))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False

    __hash__ = None


print(isinstance(Countdown(3), Iterator), isinstance(Countdown(3), Iterable),
      isinstance(Countdown(3), Sized), issubclass(Bag, Collection),
      issubclass(Bag, Hashable), isinstance(Bag(), Sized),
      issubclass(Countdown, Hashable))


class Letters(Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


s = Letters("abcab")
print(list(s), s.index("c"), s.count("a"), "b" in s, list(reversed(s)),
      isinstance(s, Reversible), isinstance(s, MutableSequence))


class Broken(Mapping):
    def __getitem__(self, k):
        raise KeyError(k)


try:
    Broken()
except TypeError as e:
    print("TypeError:", e)


class Registry(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


r = Registry()
r.update(a=1, b=2)
r.setdefault("c", 3)
print(sorted(r.items()), r.pop("a"), len(r), isinstance(r, Mapping),
      r == {"b": 2, "c": 3}, isinstance(r.keys(), Set))


class Point:
    pass


Sequence.register(Point)
print(issubclass(Point, Sequence), isinstance(Point(), Iterable),
      issubclass(list, Sequence), issubclass(dict, Sequence))
