# enum: _missing_ hooks (case-insensitive lookup, defaults, bad return values, raising) and exception context
from enum import Enum


class Mood(Enum):
    HAPPY = 'happy'
    SAD = 'sad'
    UNKNOWN = '?'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
            return cls.UNKNOWN
        return None


print(Mood('HAPPY'), Mood('Sad'), Mood('meh'))
try:
    Mood(3)
except ValueError as e:
    print(type(e).__name__, e, e.__context__)


class ReturnsJunk(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'junk'


try:
    ReturnsJunk(2)
except TypeError as e:
    print(type(e).__name__, e, repr(e.__context__))


class Raises(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'v':
            raise ValueError('custom value error')
        raise LookupError('no %r' % (value,))


for v in ('v', 'k'):
    try:
        Raises(v)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__))


class Member(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        return cls(value % 2 + 1) if isinstance(value, int) else None


print(Member(4), Member(7))

# a lookup inside an except block chains to the handled exception
try:
    try:
        raise KeyError('outer')
    except KeyError:
        Mood(5)
except ValueError as e:
    print(type(e).__name__, e, repr(e.__context__))


class Empty(Enum):
    pass


try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(Empty), len(Empty), bool(Empty))
