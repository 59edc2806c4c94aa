# enum: IntEnum, StrEnum and IntFlag (members are ints/strs: arithmetic, comparisons, str/format of the value)
from enum import Enum, IntEnum, StrEnum, IntFlag, ReprEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), str(Priority.LOW), f"{Priority.MEDIUM:>4}|", format(Priority.LOW, '03d'))
print(Priority.HIGH + 1, Priority.LOW * 10, Priority.HIGH > Priority.LOW, Priority.MEDIUM == 2, 2 == Priority.MEDIUM)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), [1, 2, 3, 4][Priority.MEDIUM])
print(isinstance(Priority.LOW, int), Priority(2), Priority['HIGH'], hash(Priority.LOW) == hash(1), int(Priority.HIGH))
print(Priority.LOW.value, type(Priority.LOW.value).__name__, Priority._member_type_, list(Priority))
print({1: 'one'}[Priority.LOW], range(5)[Priority.HIGH], Priority.HIGH in Priority)
try:
    Priority(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad(IntEnum):
        A = 'x'
except ValueError as e:
    print(type(e).__name__, e)


class Level(IntEnum):
    A = auto()
    B = auto()


print(list(Level), Level.B + Level.A)


class Http(StrEnum):
    GET = auto()
    POST = 'post'
    PUT = auto()


print(Http.GET, repr(Http.GET), Http.POST == 'post', Http.PUT.upper(), f"[{Http.GET:>6}]", Http('post'))
print(isinstance(Http.GET, str), ','.join(Http), Http.GET + '/x', len(Http.POST), sorted(Http))
for bad in (1, ('a', 1)):
    try:
        class BadStr(StrEnum):
            A = bad
    except TypeError as e:
        print(type(e).__name__, e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(RW, repr(RW), Perm.R + 1, RW == 6, repr(Perm.R | 1), repr(Perm(8)), repr(Perm.R | 8), Perm(12))
print(repr(~Perm.R), list(RW), Perm.W in RW, isinstance(RW, int), repr(Perm(-1)), 6 & Perm.W, repr(Perm.X ^ 3))
print(f"{RW:b}", str(Perm.X), format(Perm.R | Perm.X, '02d'), bool(Perm(0)), repr(Perm(0)))


class Mixed(int, Enum):
    ONE = 1
    TWO = 2


print(Mixed.ONE, repr(Mixed.TWO), f"{Mixed.ONE}", Mixed.TWO * 2, Mixed.ONE < Mixed.TWO)


class Code(int, ReprEnum):
    OK = 200


print(Code.OK, repr(Code.OK), f"{Code.OK}", Code.OK + 1)
