# A class's __index__ makes its instances usable as sequence indices, slice
# bounds, range() arguments, repetition counts and chr()/bin()/hex() arguments.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Bad:
    def __index__(self):
        return "x"


class NoIndex:
    pass


seq = [10, 20, 30, 40, 50]
print(seq[I(1)], seq[I(-1)], seq[I(1):I(4):I(2)], "abcd"[I(2)], (1, 2, 3)[I(0)])
print(b"xyz"[I(1)], bytearray(b"xyz")[I(2)], range(10)[I(3)], range(10)[I(2):I(8):I(3)])
for i in range(I(2), I(7), I(2)):
    print(i, end=" ")
print()
print(chr(I(66)), [0] * I(3), I(2) * "ab", (1,) * I(2), b"a" * I(3), bin(I(5)), hex(I(255)))
seq[I(0)] = 99
del seq[I(1)]
print(seq, seq.pop(I(0)), seq, [1, 2, 3].index(2, I(0)))
for bad in (Bad(), NoIndex(), 1.5):
    try:
        print([1, 2][bad])
    except TypeError as e:
        print("TypeError:", e)
try:
    range(Bad())
except TypeError as e:
    print("TypeError:", e)
print(True.__index__(), [5, 6][True])
