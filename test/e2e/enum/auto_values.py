# enum: auto() values for Enum and Flag, custom _generate_next_value_, member/nonmember, _ignore_, private names
from enum import Enum, Flag, auto, member, nonmember


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 10
    PINK = auto()


print(list(Color))


class Floats(Enum):
    A = 0.5
    B = auto()
    C = auto()


print(list(Floats))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return '%s-%d-%d' % (name.lower(), count, len(last_values))
    NORTH = auto()
    SOUTH = auto()
    FIXED = 'f'
    EAST = auto()


print(list(Lower))


class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2


class Sub(Base):
    AB = auto()
    C = auto()


print(list(Sub))
try:
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return 0
except TypeError as e:
    print(type(e).__name__, e)


class Bits(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()
    E = 2
    F = auto()


print(list(Bits))


class WithZero(Flag):
    NONE = 0
    ONE = auto()
    TWO = auto()


print(list(WithZero), WithZero.__members__.keys())

try:
    class BadFlag(Flag):
        A = 1.5
        B = auto()
except TypeError as e:
    print(type(e).__name__, e)


class Marked(Enum):
    A = 1
    B = nonmember(2)

    @member
    def double(x):
        return x * 2
    _private = 3
    _Marked__hidden = 4
    __also_hidden = 5


print([m.name for m in Marked], Marked.B, Marked.double.value(4))
print(Marked._private, Marked._Marked__hidden, Marked._Marked__also_hidden)


class Ig(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = tmp


print(list(Ig), hasattr(Ig, 'tmp'))
try:
    class IgBad(Enum):
        A = 1
        _ignore_ = ['A']
except ValueError as e:
    print(type(e).__name__, e)
