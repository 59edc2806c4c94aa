# enum: Flag operators, pseudo-members, iteration of combined values, in, bool, len, repr/str, invalid values
from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(RW, repr(RW), str(RW), f"{RW}", format(RW, '>10') + '|')
print(RW.name, RW.value, type(RW) is Perm, RW is Perm(6), Perm(6) is Perm(6))
print(list(RW), len(RW), list(Perm), len(Perm))
print(Perm.R in RW, Perm.X in RW, RW in Perm.R, RW in RW)
print(RW & Perm.W, RW & Perm.X, repr(RW & Perm.X), RW ^ Perm.R, RW ^ Perm.X)
print(~Perm.R, ~RW, repr(~(Perm.R | Perm.W | Perm.X)), ~Perm(0))
print(bool(Perm(0)), bool(Perm.X), bool(RW), Perm(0), repr(Perm(0)), Perm(0).name)
print(Perm.R | Perm.R, (Perm.R | Perm.X).name, list(Perm(0)), len(Perm(0)))
print(Perm(7), repr(Perm(5)), Perm(5).value, hash(Perm(5)) == hash(Perm(5)))
print(RW == Perm(6), RW != Perm.R, Perm.R in Perm, Perm(5) in Perm, Perm(0) in Perm)
acc = Perm(0)
for p in (Perm.X, Perm.W, Perm.X):
    acc |= p
print(acc, repr(acc))

for bad in (8, 15, 'rw', 1.0):
    try:
        Perm(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for op in ('|', '&', 'in'):
    try:
        if op == '|':
            Perm.R | 1
        elif op == '&':
            2 & Perm.W
        else:
            1 in Perm.R
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Perm.R < Perm.W
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    BLACK = 0
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    YELLOW = RED | GREEN
    CRIMSON = 1


print(list(Color), len(Color), list(Color.__members__))
print(Color(0), repr(Color(0)), Color(7), Color(3) is Color.YELLOW, Color.CRIMSON is Color.RED)
print(list(Color.WHITE), len(Color.WHITE), ~Color.WHITE, ~Color.RED, repr(Color(5)))
print(Color.YELLOW in Color.WHITE, Color.BLUE in Color.YELLOW, bool(Color.BLACK))
print(Color.WHITE & ~Color.GREEN, Color.__members__['CRIMSON'])


class Out(Flag):
    A = 8
    B = 1
    C = 4


print(list(Out(13)), Out(13), repr(Out(9)), ~Out.B, Out(-3))
try:
    Out(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Out(-1)
except ValueError as e:
    print(type(e).__name__, e)
