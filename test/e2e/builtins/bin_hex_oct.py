# bin/hex/oct with __index__ objects and errors.
class Idx:
    def __index__(self):
        return 42
print(bin(5), hex(-255), oct(8), bin(Idx()), hex(Idx()), oct(Idx()), bin(True))
for bad in [1.5, "10", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)
print(int(bin(-37), 2), int(hex(2**70), 16) == 2**70, int(oct(511), 8))
print(format(42, "b"), format(42, "#x"), f"{42:o}")
